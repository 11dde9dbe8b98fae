using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;

namespace Cooperation.Training.Needs;

/// <summary>
/// Keeps needs' coverage current inside the unit of work that moved it (a link added or removed,
/// an event's completions assessed): each need whose coverage changed is updated, announced as
/// <see cref="TrainingNeedCoverageChanged"/> with its absolute figures, and audited, all in that unit.
/// </summary>
public sealed class TrainingNeedCoverage(TrainingNeedRepository needs)
{
    /// <summary>After an event's completions: the needs its activity meets.</summary>
    public Task RefreshForEventAsync(IUnitOfWork unitOfWork, Guid eventId) => RefreshAsync(unitOfWork, [], eventId);

    /// <summary>After a link of the need changed.</summary>
    public Task RefreshAsync(IUnitOfWork unitOfWork, Guid needId) => RefreshAsync(unitOfWork, [needId], null);

    private async Task RefreshAsync(IUnitOfWork unitOfWork, IReadOnlyCollection<Guid> needIds, Guid? eventId)
    {
        foreach (var change in await needs.RefreshCoverageAsync(unitOfWork, needIds, eventId))
        {
            unitOfWork.Publish(new TrainingNeedCoverageChanged
            {
                NeedId = change.NeedId, Theme = change.Theme, Participant = change.Participant, AgencyId = change.AgencyId,
                Headcount = change.Headcount, CoveredCount = change.CoveredCount,
            });
            unitOfWork.Audit(AuditAction.Update, NeedsAudit.Need, change.NeedId, ["covered_count"]);
        }
    }
}
