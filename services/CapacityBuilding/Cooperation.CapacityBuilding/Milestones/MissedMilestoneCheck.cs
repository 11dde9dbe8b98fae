using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;

namespace Cooperation.CapacityBuilding.Milestones;

/// <summary>
/// One pass of the missed-milestone check (<see cref="MissedMilestones"/>): one unit of work marks
/// every newly missed milestone with one claiming UPDATE … RETURNING, and announces and audits each
/// in the same commit, so a milestone is announced once however many replicas run the pass. No
/// one asked for it, so the unit audits as the service itself.
/// </summary>
internal sealed partial class MissedMilestoneCheck(
    MilestoneRepository milestones, IUnitOfWorkFactory unitOfWorkFactory, ILogger<MissedMilestoneCheck> logger)
{
    /// <summary>Runs a pass as of <paramref name="now"/>; answers the milestones newly marked missed.</summary>
    public async Task<IReadOnlyList<MissedMilestone>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("MarkMilestonesMissed", cancellationToken);
        var missed = await milestones.MarkMissedAsync(unitOfWork, DateOnly.FromDateTime(now.UtcDateTime), now);
        if (missed.Count == 0)
        {
            return [];
        }

        foreach (var milestone in missed)
        {
            unitOfWork.Publish(new MilestoneMissed
            {
                ProjectId = milestone.ProjectId, MilestoneId = milestone.MilestoneId, LeadAgencyId = milestone.LeadAgencyId, DueOn = milestone.DueOn,
            });
            unitOfWork.Audit(AuditAction.Update, MilestonesAudit.Milestone, milestone.MilestoneId, ["status", "missed_at"]);
        }

        await unitOfWork.CommitAsync();
        LogMissed(logger, missed.Count);
        return missed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marked {Count} milestones missed")]
    private static partial void LogMissed(ILogger logger, int count);
}
