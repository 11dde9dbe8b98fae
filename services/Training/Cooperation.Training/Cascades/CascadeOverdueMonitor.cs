namespace Cooperation.Training.Cascades;

/// <summary>
/// Flags overdue cascade commitments by itself: a pass at start-up (catching days that passed while
/// the service was down), then one just after each UTC midnight, when a due day has passed. A pass
/// flags each commitment once, so an extra wake-up costs one UPDATE that changes nothing.
/// </summary>
internal sealed partial class CascadeOverdueMonitor(CascadeOverdueCheck check, TimeProvider clock, ILogger<CascadeOverdueMonitor> logger)
    : BackgroundService
{
    /// <summary>When the next pass is due after a pass that ran as of <paramref name="checkedAt"/>: the next UTC midnight.</summary>
    internal static DateTimeOffset NextCheckAfter(DateTimeOffset checkedAt)
    {
        var tomorrow = DateOnly.FromDateTime(checkedAt.UtcDateTime).AddDays(1);
        return new DateTimeOffset(tomorrow.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var checkedAt = clock.GetUtcNow();
            try
            {
                await check.RunAsync(checkedAt, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex);
            }

            // Measured from the instant the pass looked at, so a clock that moved on during the
            // pass shortens the sleep instead of skipping a day.
            var sleep = NextCheckAfter(checkedAt) - clock.GetUtcNow();
            if (sleep > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(sleep, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The cascade overdue check failed; it runs again at the next wake-up")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
