using Cooperation.ServiceDefaults;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>How one service calls another over gRPC.</summary>
public static class GrpcClientDefaults
{
    /// <summary>
    /// Registers a typed gRPC client for <paramref name="address"/> (a service-discovery name such as
    /// <c>http://working-group</c> under Aspire, or a plain URL). Unary calls get a deadline and
    /// Polly retries on transient failures; streaming calls get neither, because a stream is meant to
    /// stay open and retrying one half-way through would duplicate what it already delivered. The
    /// HTTP-level standard resilience handler that service defaults add to every HttpClient is taken
    /// off here for the same reason: its total timeout would cut long-lived streams.
    /// </summary>
    public static IHttpClientBuilder AddCooperationGrpcClient<TClient>(
        this IServiceCollection services, Uri address, Action<UnaryCallResilienceOptions>? configure = null)
        where TClient : ClientBase
    {
        var options = new UnaryCallResilienceOptions();
        configure?.Invoke(options);

        var client = services
            .AddGrpcClient<TClient>(o => o.Address = address)
            .AddInterceptor(sp => new ResilientUnaryCallInterceptor(options, sp.GetService<TimeProvider>() ?? TimeProvider.System));
#pragma warning disable EXTEXP0001 // The only supported way to opt one client out of ConfigureHttpClientDefaults' handler.
        return client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }
}
