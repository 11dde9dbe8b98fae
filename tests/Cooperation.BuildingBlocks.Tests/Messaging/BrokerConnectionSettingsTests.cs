using Cooperation.BuildingBlocks.Tests.Infrastructure;
using Cooperation.Testing;

namespace Cooperation.BuildingBlocks.Tests.Messaging;

/// <summary>The connection settings a platform team sets (<c>Messaging:Heartbeat</c>) reach the broker.</summary>
[Collection(SharedBroker.Name)]
public sealed class BrokerConnectionSettingsTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task The_bus_connection_uses_the_configured_heartbeat()
    {
        // Seven seconds is neither RabbitMQ.Client's default (60) nor the broker's (60), nor ours (10).
        await using var host = await MessagingTestHost.StartAsync(broker, await MessagingTestHost.NewDatabaseAsync(),
            settings: new Dictionary<string, string?> { ["Messaging:Heartbeat"] = "00:00:07" });

        // The broker lists each connection's negotiated heartbeat as its timeout, in seconds.
        var timeouts = await Eventually.UntilAsync(
            async () => (await broker.CtlAsync("list_connections", "timeout")).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            t => t.Contains("7"), "a connection with a 7-second heartbeat");
        Assert.Contains("7", timeouts);
    }
}
