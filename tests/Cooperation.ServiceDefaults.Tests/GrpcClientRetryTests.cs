using System.Net;
using System.Text;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.ServiceDefaults.Tests;

/// <summary>
/// The retry policy every client channel gets, run by gRPC's own retry machinery against a server
/// that answers with the status a test chooses per attempt, and the default deadline.
/// </summary>
public sealed class GrpcClientRetryTests
{
    private static readonly Method<string, string> TestMethod = new(
        MethodType.Unary, "cooperation.test.v1.TestService", "Call",
        Marshallers.Create(Encoding.UTF8.GetBytes, Encoding.UTF8.GetString),
        Marshallers.Create(Encoding.UTF8.GetBytes, Encoding.UTF8.GetString));

    private static readonly UnaryCallResilienceOptions FastRetries = new()
    {
        InitialBackoff = TimeSpan.FromMilliseconds(1),
        MaxBackoff = TimeSpan.FromMilliseconds(5),
    };

    [Fact]
    public async Task An_unavailable_service_is_retried_until_it_answers()
    {
        var server = new ScriptedGrpcServer(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.OK);

        var response = await CallAsync(server);

        Assert.Equal("ok", response);
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task A_refusal_by_the_handler_is_not_retried()
    {
        var server = new ScriptedGrpcServer(StatusCode.FailedPrecondition, StatusCode.OK);

        var ex = await Assert.ThrowsAsync<RpcException>(() => CallAsync(server));

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var server = new ScriptedGrpcServer(Enumerable.Repeat(StatusCode.Unavailable, 10).ToArray());

        var ex = await Assert.ThrowsAsync<RpcException>(() => CallAsync(server));

        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
        Assert.Equal(FastRetries.MaxAttempts, server.Attempts);
    }

    [Fact]
    public async Task A_call_without_a_deadline_gets_the_default_one()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var interceptor = new DefaultDeadlineInterceptor(TimeSpan.FromSeconds(10), clock);
        DateTime? seen = null;

        await interceptor.AsyncUnaryCall("request", new Grpc.Core.Interceptors.ClientInterceptorContext<string, string>(TestMethod, null, new CallOptions()),
            (_, context) => { seen = context.Options.Deadline; return Answer(); });

        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(10), seen);
    }

    [Fact]
    public async Task A_deadline_the_caller_set_is_kept()
    {
        var interceptor = new DefaultDeadlineInterceptor(TimeSpan.FromSeconds(10), TimeProvider.System);
        var deadline = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        DateTime? seen = null;

        await interceptor.AsyncUnaryCall("request", new Grpc.Core.Interceptors.ClientInterceptorContext<string, string>(TestMethod, null, new CallOptions(deadline: deadline)),
            (_, context) => { seen = context.Options.Deadline; return Answer(); });

        Assert.Equal(deadline, seen);
    }

    private static async Task<string> CallAsync(ScriptedGrpcServer server)
    {
        using var channel = GrpcChannel.ForAddress("http://test", new GrpcChannelOptions
        {
            HttpHandler = server,
            ServiceConfig = GrpcClientDefaults.ServiceConfigOf(FastRetries),
        });
        return await channel.CreateCallInvoker().AsyncUnaryCall(TestMethod, null, new CallOptions(), "request");
    }

    private static AsyncUnaryCall<string> Answer() =>
        new(Task.FromResult("ok"), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

    /// <summary>Answers attempt n with the n-th status: a trailers-only error, or "ok" with status OK.</summary>
    private sealed class ScriptedGrpcServer(params StatusCode[] statuses) : HttpMessageHandler
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var attempt = Interlocked.Increment(ref _attempts) - 1;
            var status = statuses[Math.Min(attempt, statuses.Length - 1)];
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Version = HttpVersion.Version20 };
            if (status == StatusCode.OK)
            {
                var message = Encoding.UTF8.GetBytes("ok");
                var frame = new byte[5 + message.Length];
                frame[4] = (byte)message.Length;
                message.CopyTo(frame, 5);
                response.Content = new ByteArrayContent(frame);
                response.Content.Headers.ContentType = new("application/grpc");
                response.TrailingHeaders.Add("grpc-status", "0");
            }
            else
            {
                // Trailers-only: the status arrives in the headers, with an empty body.
                response.Content = new ByteArrayContent([]);
                response.Content.Headers.ContentType = new("application/grpc");
                response.Headers.Add("grpc-status", ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return Task.FromResult(response);
        }
    }
}
