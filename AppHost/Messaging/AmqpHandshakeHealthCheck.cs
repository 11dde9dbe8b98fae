using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cooperation.AppHost.Messaging;

/// <summary>
/// Ready when the broker answers an AMQP 0-9-1 protocol header with a method frame
/// (Connection.Start). An open port alone is not enough: the listener can accept before the
/// broker has finished booting.
/// </summary>
internal sealed class AmqpHandshakeHealthCheck(int port) : IHealthCheck
{
    private static readonly byte[] ProtocolHeader = "AMQP"u8.ToArray().Concat(new byte[] { 0, 0, 9, 1 }).ToArray();
    private const byte MethodFrameType = 1;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(ProtocolHeader, timeout.Token);
            var first = new byte[1];
            var read = await stream.ReadAsync(first, timeout.Token);
            return read == 1 && first[0] == MethodFrameType
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The broker did not answer the AMQP handshake.");
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"No AMQP answer on port {port}.", ex);
        }
    }
}
