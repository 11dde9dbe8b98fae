using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.AppHost.Services;

/// <summary>
/// Asks a service's grpc.health.v1 Check for the whole server (service name ""). The services
/// speak HTTP/2 only (h2c), so Aspire's HTTP/1.1 health probe cannot reach them; this check uses
/// the protocol they already serve, and the answer covers every check the service registers.
/// </summary>
internal sealed class GrpcHealthCheck(EndpointReference endpoint) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(5);
    private readonly Lock channelLock = new();
    private GrpcChannel? channel;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var client = new Health.HealthClient(Channel());
            var reply = await client.CheckAsync(
                new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(CallDeadline), cancellationToken: cancellationToken);
            return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"grpc.health.v1 answered {reply.Status}.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The next check opens a new connection: a call that failed may have met a connection
            // made before the service listened (through the orchestrator's proxy) that will never
            // answer, and reusing it would keep the service unhealthy however long it has been up.
            ResetChannel();
            return HealthCheckResult.Unhealthy("grpc.health.v1 Check failed.", ex);
        }
    }

    public void Dispose() => ResetChannel();

    private void ResetChannel()
    {
        GrpcChannel? failed;
        lock (channelLock)
        {
            failed = channel;
            channel = null;
        }

        failed?.Dispose();
    }

    // The endpoint's address is known only once the orchestrator has allocated it.
    private GrpcChannel Channel()
    {
        lock (channelLock)
        {
            return channel ??= GrpcChannel.ForAddress(endpoint.Url);
        }
    }
}
