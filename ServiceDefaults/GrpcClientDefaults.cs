using Cooperation.ServiceDefaults;
using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

/// <summary>How one service calls another over gRPC.</summary>
public static class GrpcClientDefaults
{
    /// <summary>
    /// Registers a typed gRPC client for <paramref name="address"/> (a service-discovery name such as
    /// <c>http://working-group</c> under Aspire, or a plain URL). Retries are declared in the
    /// channel's service config (<see cref="RetryPolicyOf"/>): gRPC retries only until a response
    /// has begun, so a stream is never replayed half-way through. Unary calls get a default
    /// deadline; streams none. The HTTP-level standard resilience handler that service defaults add
    /// to every HttpClient is taken off here: its total timeout would cut long-lived streams and its
    /// retries would double gRPC's own.
    /// </summary>
    public static IHttpClientBuilder AddCooperationGrpcClient<TClient>(
        this IServiceCollection services, Uri address, Action<UnaryCallResilienceOptions>? configure = null)
        where TClient : ClientBase
    {
        var options = new UnaryCallResilienceOptions();
        configure?.Invoke(options);

        var client = services
            .AddGrpcClient<TClient>(o => o.Address = address)
            .ConfigureChannel(channel => channel.ServiceConfig = ServiceConfigOf(options))
            .AddInterceptor(sp => new DefaultDeadlineInterceptor(options.DefaultDeadline, sp.GetService<TimeProvider>() ?? TimeProvider.System));
#pragma warning disable EXTEXP0001 // The only supported way to opt one client out of ConfigureHttpClientDefaults' handler.
        return client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    /// <summary>The service config every client channel gets: one retry policy for every method.</summary>
    public static ServiceConfig ServiceConfigOf(UnaryCallResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ServiceConfig { MethodConfigs = { new MethodConfig { Names = { MethodName.Default }, RetryPolicy = RetryPolicyOf(options) } } };
    }

    /// <summary>Exponential back-off between attempts, on the statuses that mean no handler ran.</summary>
    public static RetryPolicy RetryPolicyOf(UnaryCallResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policy = new RetryPolicy
        {
            MaxAttempts = options.MaxAttempts,
            InitialBackoff = options.InitialBackoff,
            MaxBackoff = options.MaxBackoff,
            BackoffMultiplier = 2,
        };
        foreach (var status in options.RetryableStatusCodes)
        {
            policy.RetryableStatusCodes.Add(status);
        }

        return policy;
    }
}
