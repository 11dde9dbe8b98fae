using Cooperation.BuildingBlocks.Data.Jobs;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// Raises MeetingCadenceBreached by itself when a quarter closes without a held meeting. It checks
/// at start-up (catching quarters that closed while the service was down) and then at each quarter
/// boundary, waking at least daily so a changed clock or a late establishment is noticed; a
/// pass is idempotent, so extra wake-ups cost a query and nothing else.
/// </summary>
internal sealed class CadenceBreachMonitor(CadenceBreachCheck check, TimeProvider clock, ScheduledPassMetrics metrics, ILogger<CadenceBreachMonitor> logger)
    : ScheduledPassJob(clock, metrics, logger)
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

    protected override string Name => "cadence_breach";

    protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => NextCheckAfter(checkedAt);

    protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) => check.RunAsync(now, cancellationToken);
}
