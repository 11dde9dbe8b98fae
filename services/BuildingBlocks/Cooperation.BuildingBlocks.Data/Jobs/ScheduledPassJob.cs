using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cooperation.BuildingBlocks.Data.Jobs;

/// <summary>
/// Runs a pass over the service's data by itself on the service's clock: at start-up (catching
/// what fell due while the service was down), then at each moment <see cref="NextPassAfter"/>
/// names. A pass must be idempotent, so an extra one costs a query and nothing else, and several
/// replicas may run it. A failed pass is retried soon (<see cref="RetryDelay"/>: 15 s, doubling up
/// to 10 minutes, never later than the next regular pass) rather than at the next regular pass,
/// which may be a day away: a database that was away for a moment at start-up must not hold a
/// breach or an erasure back that long. Each pass's outcome goes to <see cref="ScheduledPassMetrics"/>.
/// </summary>
public abstract partial class ScheduledPassJob(TimeProvider clock, ScheduledPassMetrics metrics, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromMinutes(10);

    // Task.Delay takes at most about 24.8 days; a pass due later runs early once, which an idempotent pass allows.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(24);

    /// <summary>How long after the <paramref name="failuresInARow"/>th failed pass in a row the pass runs again.</summary>
    public static TimeSpan RetryDelay(int failuresInARow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failuresInARow, 1);
        var doublings = Math.Min(failuresInARow - 1, 16);
        var delay = TimeSpan.FromTicks(FirstRetryDelay.Ticks << doublings);
        return delay < LongestRetryDelay ? delay : LongestRetryDelay;
    }

    /// <summary>The service's clock, which the passes and their schedule go by.</summary>
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The job's log.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>The job's name in the log and in its metrics' <c>job</c> tag, in lower snake case.</summary>
    protected abstract string Name { get; }

    /// <summary>When the next regular pass is due after a pass that ran as of <paramref name="checkedAt"/>.</summary>
    protected abstract DateTimeOffset NextPassAfter(DateTimeOffset checkedAt);

    /// <summary>One pass, as of <paramref name="now"/> by the service's clock.</summary>
    protected abstract Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var checkedAt = Clock.GetUtcNow();
            var next = NextPassAfter(checkedAt);
            try
            {
                await RunPassAsync(checkedAt, stoppingToken);
                failuresInARow = 0;
                metrics.Succeeded(Name, checkedAt);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A command timeout surfaces as a cancellation too; only the host's stop ends the job.
                failuresInARow++;
                metrics.Failed(Name);
                var retryAt = checkedAt + RetryDelay(failuresInARow);
                next = retryAt < next ? retryAt : next;
                LogFailure(Logger, ex, Name, failuresInARow, next);
            }

            // Measured from the instant the pass looked at, not from after it, so a clock that moved
            // on during the pass shortens the sleep instead of skipping a boundary.
            var sleep = next - Clock.GetUtcNow();
            sleep = sleep < LongestSleep ? sleep : LongestSleep;
            if (sleep > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(sleep, Clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Job} pass failed ({Failures} in a row); it runs again at {RetryAt:O}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string job, int failures, DateTimeOffset retryAt);
}
