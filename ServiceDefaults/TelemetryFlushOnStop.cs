using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Once every hosted service has stopped, shuts the telemetry providers down together within
/// <see cref="PromptShutdown.TelemetryFlushTimeout"/>. Left to the container's disposal, each
/// provider flushes in turn with 5 s of its own, and the OTLP exporter spends them retrying a
/// collector that is not there (the AppHost names one even when no dashboard runs): the process
/// then outlives the orchestrator's stop window. What is not exported within the bound is
/// dropped; a shut-down provider's later disposal returns at once.
/// </summary>
internal sealed class TelemetryFlushOnStop(IServiceProvider services) : IHostedLifecycleService
{
    // Resolved once the host has started: by the time it has stopped, a test host may already
    // have disposed its container, and nothing may be resolved from it any more.
    private TracerProvider? _tracing;
    private MeterProvider? _metrics;
    private LoggerProvider? _logging;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _tracing = services.GetService<TracerProvider>();
        _metrics = services.GetService<MeterProvider>();
        _logging = services.GetService<LoggerProvider>();
        return Task.CompletedTask;
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var timeout = (int)PromptShutdown.TelemetryFlushTimeout.TotalMilliseconds;
        var shutdowns = new List<Task>();
        if (_tracing is { } tracing)
        {
            shutdowns.Add(Task.Run(() => tracing.Shutdown(timeout), CancellationToken.None));
        }

        if (_metrics is { } metrics)
        {
            shutdowns.Add(Task.Run(() => metrics.Shutdown(timeout), CancellationToken.None));
        }

        if (_logging is { } logging)
        {
            shutdowns.Add(Task.Run(() => logging.Shutdown(timeout), CancellationToken.None));
        }

        // Each waits for its own bound; the wait here only guards against one that does not.
        await Task.WhenAll(shutdowns).WaitAsync(PromptShutdown.TelemetryFlushTimeout * 2, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
