using Microsoft.AspNetCore.Hosting;

namespace Cooperation.Metrics.Tests.Infrastructure;

/// <summary>The metrics service in-process, on a copy of its migrated template database.</summary>
public sealed class MetricsServiceFactory() : InProcessServiceFactory<Program>("metricsdb", MetricsDatabase.Create)
{
    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        // A quiet stream says so every second, and the feed also polls that often.
        builder.UseSetting("Metrics:Stream:HeartbeatInterval", "00:00:01");
        builder.UseSetting("Metrics:Stream:PollInterval", "00:00:01");
    }
}
