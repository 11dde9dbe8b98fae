using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Cooperation.ServiceDefaults;

/// <summary>
/// Gives a unary call whose caller set no deadline the default one. The channel's service config
/// can declare retries but not a default deadline, so this is the one thing left to an
/// interceptor. Streaming calls pass through untouched: a stream is meant to stay open.
/// </summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan deadline, TimeProvider clock) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (context.Options.Deadline is not null)
        {
            return continuation(request, context);
        }

        var options = context.Options.WithDeadline(clock.GetUtcNow().UtcDateTime + deadline);
        return continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options));
    }
}
