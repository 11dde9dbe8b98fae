using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// One pass of the breach check: every closed quarter since establishment without a held meeting
/// gets MeetingCadenceBreached, once. The breach row and the outbox event share a transaction, and
/// the row's key turns a second raise (a later pass, another instance) into a no-op. Each raised
/// breach is audited as the service itself (no one asked for it), in the same transaction.
/// </summary>
public sealed partial class CadenceBreachCheck(
    ProgrammeQueries programme,
    MeetingRepository meetings,
    CadenceBreachRepository breaches,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider clock,
    ILogger<CadenceBreachCheck> logger)
{
    public const string BreachResource = "CadenceBreach";

    /// <summary>The audit id of a quarter's breach, e.g. "2024-Q1".</summary>
    public static string ResourceId(CalendarQuarter quarter) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{quarter.Year:D4}-Q{quarter.Quarter}");

    /// <summary>Runs a pass as of now; returns the quarters newly raised.</summary>
    public Task<IReadOnlyList<CalendarQuarter>> RunAsync(CancellationToken cancellationToken) => RunAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Runs a pass as of <paramref name="now"/>; returns the quarters newly raised.</summary>
    public async Task<IReadOnlyList<CalendarQuarter>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var establishedOn = await programme.GetEstablishedOnAsync(cancellationToken);
        if (establishedOn is null)
        {
            return [];
        }

        var cadence = new QuarterlyCadence(establishedOn.Value, await meetings.GetHeldDatesAsync(cancellationToken));
        var raised = new List<CalendarQuarter>();
        foreach (var quarter in cadence.BreachedQuarters(DateOnly.FromDateTime(now.UtcDateTime)))
        {
            await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
            if (!await breaches.TryRecordAsync(unitOfWork, quarter, cancellationToken))
            {
                continue;
            }

            unitOfWork.Publish(new MeetingCadenceBreached
            {
                OccurredAt = clock.GetUtcNow(),
                Year = quarter.Year,
                Quarter = quarter.Quarter,
                QuarterStart = quarter.Start,
                QuarterEnd = quarter.End,
            });
            unitOfWork.Audit(new AuditEntry(WorkingGroupActor.System, "RaiseCadenceBreach", AuditAction.Create, BreachResource, ResourceId(quarter))
            {
                Fields = ["year", "quarter", "quarter_start", "quarter_end"],
            });
            await unitOfWork.CommitAsync(cancellationToken);
            LogBreach(logger, quarter.Year, quarter.Quarter);
            raised.Add(quarter);
        }

        return raised;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarter {Year} Q{Quarter} closed without a held meeting; MeetingCadenceBreached raised")]
    private static partial void LogBreach(ILogger logger, int year, int quarter);
}
