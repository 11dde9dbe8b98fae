using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Establishment;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// Raises a quarter's breach inside a unit of work: the breach row, MeetingCadenceBreached and the
/// audit record commit with whatever else the unit does. The row's key makes the raise once-only,
/// so a change that breaches a closed quarter (a retroactive establishment, a corrected date, a
/// cancelled meeting) raises it at once and the daily pass finds nothing left to raise.
/// </summary>
internal sealed class CadenceBreachRaiser(WorkingGroupRepository workingGroups, CadenceRepository cadence)
{
    /// <summary>Raises every closed quarter without a held meeting, as the unit now sees the history; returns those newly raised.</summary>
    public async Task<IReadOnlyList<CalendarQuarter>> RaiseClosedQuartersAsync(IUnitOfWork unitOfWork, DateOnly today)
    {
        if (await workingGroups.GetEstablishedOnAsync(unitOfWork) is not { } establishedOn)
        {
            return [];
        }

        var quarterly = new QuarterlyCadence(establishedOn, await cadence.GetHeldDatesAsync(unitOfWork));
        var raised = new List<CalendarQuarter>();
        foreach (var quarter in quarterly.BreachedQuarters(today))
        {
            if (await RaiseAsync(unitOfWork, quarter))
            {
                raised.Add(quarter);
            }
        }

        return raised;
    }

    /// <summary>Raises the breach of <paramref name="quarter"/>; false when it had been raised before.</summary>
    public async Task<bool> RaiseAsync(IUnitOfWork unitOfWork, CalendarQuarter quarter)
    {
        if (!await cadence.TryRecordBreachAsync(unitOfWork, quarter))
        {
            return false;
        }

        unitOfWork.Publish(new MeetingCadenceBreached
        {
            Year = quarter.Year,
            Quarter = quarter.Quarter,
            QuarterStart = quarter.Start,
            QuarterEnd = quarter.End,
        });
        unitOfWork.Audit(AuditAction.Create, CadenceAudit.CadenceBreach, CadenceAudit.IdOf(quarter), CadenceAudit.BreachFields,
            justification: CadenceRules.MeetAtLeastQuarterly);
        return true;
    }
}
