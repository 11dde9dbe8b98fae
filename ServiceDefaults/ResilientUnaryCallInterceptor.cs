using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.Retry;

namespace Cooperation.ServiceDefaults;

/// <summary>
/// Client interceptor that gives every unary call a deadline and retries transient failures with
/// exponential back-off and jitter. Streaming calls pass through untouched.
/// </summary>
public sealed class ResilientUnaryCallInterceptor : Interceptor
{
    private readonly UnaryCallResilienceOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ResiliencePipeline _pipeline;

    public ResilientUnaryCallInterceptor(UnaryCallResilienceOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.InitialBackoff,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder().Handle<RpcException>(ex => options.RetryableStatusCodes.Contains(ex.StatusCode)),
            })
            .Build();
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var callOptions = context.Options.Deadline is null
            ? context.Options.WithDeadline(_timeProvider.GetUtcNow().UtcDateTime + _options.DefaultDeadline)
            : context.Options;
        var callContext = new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, callOptions);

        // Each attempt is a fresh call; headers and trailers are those of the attempt that answered.
        var attempt = new TaskCompletionSource<AsyncUnaryCall<TResponse>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var response = _pipeline.ExecuteAsync(async token =>
        {
            var call = continuation(request, callContext);
            try
            {
                var result = await call.ResponseAsync;
                attempt.TrySetResult(call);
                return result;
            }
            catch (RpcException) when (!token.IsCancellationRequested)
            {
                attempt.TrySetResult(call);
                throw;
            }
        }, callOptions.CancellationToken).AsTask();

        return new AsyncUnaryCall<TResponse>(
            response,
            HeadersAsync(attempt.Task),
            () => attempt.Task.IsCompletedSuccessfully ? attempt.Task.Result.GetStatus() : new Status(StatusCode.Unknown, "The call has not completed."),
            () => attempt.Task.IsCompletedSuccessfully ? attempt.Task.Result.GetTrailers() : [],
            () => { if (attempt.Task.IsCompletedSuccessfully) { attempt.Task.Result.Dispose(); } });
    }

    private static async Task<Metadata> HeadersAsync<TResponse>(Task<AsyncUnaryCall<TResponse>> call) =>
        await (await call).ResponseHeadersAsync;
}
