using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A service stopped by its orchestrator (SIGTERM) exits within a bound well inside the grace
/// the orchestrator gives: Aspire's waits about 12 s for the process before it fails a stop or a
/// restart, Kubernetes 30 s before it kills the pod. Two bounds make that hold:
/// the host's <see cref="HostOptions.ShutdownTimeout"/> (default 30 s) caps the hosted services'
/// stop (Kestrel draining, the bus, the outbox relay), and <see cref="TelemetryFlushOnStop"/> caps
/// the last telemetry export, which otherwise waits up to 5 s per signal, one after another, while
/// the exporter retries a collector that is away.
/// </summary>
public static class PromptShutdown
{
    /// <summary>The host's stop bound unless <c>shutdownTimeoutSeconds</c> is configured.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(8);

    /// <summary>How long the last telemetry export may take once every hosted service has stopped.</summary>
    public static readonly TimeSpan TelemetryFlushTimeout = TimeSpan.FromSeconds(2);

    // The key the host itself reads HostOptions.ShutdownTimeout from.
    private const string ShutdownTimeoutKey = "shutdownTimeoutSeconds";

    public static TBuilder AddPromptShutdown<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[ShutdownTimeoutKey]))
        {
            builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = DefaultShutdownTimeout);
        }

        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelemetryFlushOnStop>());
        return builder;
    }
}
