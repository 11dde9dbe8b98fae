using Cooperation.Metrics.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>
/// One replica of the metrics service: in process like <see cref="MetricsServiceFactory"/>, but on a
/// database it shares with the other replicas and telling them of its commits over a real broker.
/// Its poll is set so far apart that a change reaching another replica's subscriber promptly came
/// by the broker's signal.
/// </summary>
public sealed class MetricsReplicaFactory(TestDatabase sharedDatabase, string brokerConnectionString)
    : InProcessServiceFactory<Program>("metricsdb", () => sharedDatabase)
{
    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        builder.UseSetting("Metrics:Stream:HeartbeatInterval", "00:00:01");
        builder.UseSetting("Metrics:Stream:PollInterval", "00:10:00");
        // Only the replicas' signal goes to the broker; the test harness stays the service's bus.
        builder.UseSetting("Metrics:Stream:ReplicaBroker", "replicas");
        builder.UseSetting("ConnectionStrings:replicas", brokerConnectionString);
    }
}
