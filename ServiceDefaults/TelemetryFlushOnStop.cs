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
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var timeout = (int)PromptShutdown.TelemetryFlushTimeout.TotalMilliseconds;
        var shutdowns = new List<Task>();
        if (services.GetService<TracerProvider>() is { } tracing)
        {
            shutdowns.Add(Task.Run(() => tracing.Shutdown(timeout), CancellationToken.None));
        }

        if (services.GetService<MeterProvider>() is { } metrics)
        {
            shutdowns.Add(Task.Run(() => metrics.Shutdown(timeout), CancellationToken.None));
        }

        if (services.GetService<LoggerProvider>() is { } logging)
        {
            shutdowns.Add(Task.Run(() => logging.Shutdown(timeout), CancellationToken.None));
        }

        // Each waits for its own bound; the wait here only guards against one that does not.
        await Task.WhenAll(shutdowns).WaitAsync(PromptShutdown.TelemetryFlushTimeout * 2, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
