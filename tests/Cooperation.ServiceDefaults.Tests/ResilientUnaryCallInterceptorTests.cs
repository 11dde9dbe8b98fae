using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.ServiceDefaults.Tests;

public sealed class ResilientUnaryCallInterceptorTests
{
    private static readonly Method<string, string> TestMethod = new(
        MethodType.Unary, "cooperation.test.v1.TestService", "Call",
        Marshallers.Create(System.Text.Encoding.UTF8.GetBytes, System.Text.Encoding.UTF8.GetString),
        Marshallers.Create(System.Text.Encoding.UTF8.GetBytes, System.Text.Encoding.UTF8.GetString));

    private static readonly UnaryCallResilienceOptions FastRetries = new() { InitialBackoff = TimeSpan.Zero };

    private static AsyncUnaryCall<string> Answer(Func<Task<string>> response) =>
        new(response(), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

    private static AsyncUnaryCall<string> Invoke(
        ResilientUnaryCallInterceptor interceptor, CallOptions options, Func<CallOptions, Task<string>> server) =>
        interceptor.AsyncUnaryCall("request", new ClientInterceptorContext<string, string>(TestMethod, null, options),
            (_, context) => Answer(() => server(context.Options)));

    [Fact]
    public async Task An_unavailable_service_is_retried_until_it_answers()
    {
        var attempts = 0;
        var interceptor = new ResilientUnaryCallInterceptor(FastRetries, TimeProvider.System);

        var response = await Invoke(interceptor, new CallOptions(), _ =>
            ++attempts < 3 ? throw new RpcException(new Status(StatusCode.Unavailable, "down")) : Task.FromResult("ok"));

        Assert.Equal("ok", response);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_refusal_by_the_handler_is_not_retried()
    {
        var attempts = 0;
        var interceptor = new ResilientUnaryCallInterceptor(FastRetries, TimeProvider.System);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await Invoke(interceptor, new CallOptions(), _ =>
        {
            attempts++;
            throw new RpcException(new Status(StatusCode.FailedPrecondition, "rule"));
        }));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var attempts = 0;
        var interceptor = new ResilientUnaryCallInterceptor(FastRetries, TimeProvider.System);

        await Assert.ThrowsAsync<RpcException>(async () => await Invoke(interceptor, new CallOptions(), _ =>
        {
            attempts++;
            throw new RpcException(new Status(StatusCode.Unavailable, "down"));
        }));

        Assert.Equal(1 + FastRetries.MaxRetryAttempts, attempts);
    }

    [Fact]
    public async Task A_call_without_a_deadline_gets_the_default_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var interceptor = new ResilientUnaryCallInterceptor(FastRetries, clock);
        DateTime? seen = null;

        await Invoke(interceptor, new CallOptions(), options => { seen = options.Deadline; return Task.FromResult("ok"); });

        Assert.Equal(clock.GetUtcNow().UtcDateTime + FastRetries.DefaultDeadline, seen);
    }

    [Fact]
    public async Task A_deadline_the_caller_set_is_kept()
    {
        var interceptor = new ResilientUnaryCallInterceptor(FastRetries, TimeProvider.System);
        var deadline = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime? seen = null;

        await Invoke(interceptor, new CallOptions(deadline: deadline), options => { seen = options.Deadline; return Task.FromResult("ok"); });

        Assert.Equal(deadline, seen);
    }
}
