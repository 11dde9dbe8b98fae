namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// Raises MeetingCadenceBreached by itself when a quarter closes without a held meeting. It checks
/// at start-up (catching quarters that closed while the service was down) and then at each quarter
/// boundary, waking at least daily so a changed clock or a late establishment is noticed; a
/// pass is idempotent, so extra wake-ups cost a query and nothing else.
/// </summary>
internal sealed partial class CadenceBreachMonitor(CadenceBreachCheck check, TimeProvider clock, ILogger<CadenceBreachMonitor> logger)
    : BackgroundService
{
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);

    /// <summary>When the next pass is due after a pass that ran as of <paramref name="checkedAt"/>.</summary>
    internal static DateTimeOffset NextCheckAfter(DateTimeOffset checkedAt)
    {
        var nextQuarter = CalendarQuarter.Of(DateOnly.FromDateTime(checkedAt.UtcDateTime)).Next;
        var boundary = new DateTimeOffset(nextQuarter.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var latest = checkedAt + LongestSleep;
        return boundary < latest ? boundary : latest;
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

            // The wake-up is measured from the instant the pass looked at, not from after it, so
            // a clock that moved on during the pass shortens the sleep instead of skipping a boundary.
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The cadence breach check failed; it runs again at the next wake-up")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
