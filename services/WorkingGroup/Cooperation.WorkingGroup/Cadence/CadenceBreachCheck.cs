using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// One pass of the breach check: every closed quarter since establishment without a held meeting
/// gets MeetingCadenceBreached, once. Each quarter is its own unit of work, so the breach row, the
/// outbox event and the audit record commit together; the row's key turns a second raise (a later
/// pass, another instance) into a no-op. No one asked for the breach, so the unit audits as the
/// service itself.
/// </summary>
internal sealed partial class CadenceBreachCheck(
    IDbConnectionFactory connections,
    WorkingGroupRepository workingGroups,
    CadenceRepository cadence,
    CadenceBreachRaiser raiser,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider clock,
    ILogger<CadenceBreachCheck> logger)
{
    /// <summary>Runs a pass as of now; returns the quarters newly raised.</summary>
    public Task<IReadOnlyList<CalendarQuarter>> RunAsync(CancellationToken cancellationToken) => RunAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Runs a pass as of <paramref name="now"/>; returns the quarters newly raised.</summary>
    public async Task<IReadOnlyList<CalendarQuarter>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        QuarterlyCadence quarterly;
        await using (var session = await ReadSession.OpenAsync(connections, cancellationToken))
        {
            if (await workingGroups.GetEstablishedOnAsync(session) is not { } establishedOn)
            {
                return [];
            }

            quarterly = new QuarterlyCadence(establishedOn, await cadence.GetHeldDatesAsync(session));
        }

        var raised = new List<CalendarQuarter>();
        foreach (var quarter in quarterly.BreachedQuarters(DateOnly.FromDateTime(now.UtcDateTime)))
        {
            if (await RaiseAsync(quarter, cancellationToken))
            {
                LogBreach(logger, quarter.Year, quarter.Quarter);
                raised.Add(quarter);
            }
        }

        return raised;
    }

    /// <summary>Raises the breach of <paramref name="quarter"/> in a unit of its own; false when it had been raised before.</summary>
    private async Task<bool> RaiseAsync(CalendarQuarter quarter, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("RaiseCadenceBreach", cancellationToken);
        if (!await raiser.RaiseAsync(unitOfWork, quarter))
        {
            return false;
        }

        await unitOfWork.CommitAsync();
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarter {Year} Q{Quarter} closed without a held meeting; MeetingCadenceBreached raised")]
    private static partial void LogBreach(ILogger logger, int year, int quarter);
}
