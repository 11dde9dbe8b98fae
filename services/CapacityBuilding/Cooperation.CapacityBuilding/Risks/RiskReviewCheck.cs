using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;

namespace Cooperation.CapacityBuilding.Risks;

/// <summary>
/// One pass of the overdue-review check (<see cref="RiskEscalation.ReviewIsOverdue"/>): one unit
/// of work claims every open risk whose review date passed with one UPDATE … RETURNING, and
/// escalates and audits each in the same commit, so a review date is escalated once however many
/// replicas run the pass. No one asked for it, so the unit audits as the service itself.
/// </summary>
internal sealed partial class RiskReviewCheck(RiskRepository risks, IUnitOfWorkFactory unitOfWorkFactory, ILogger<RiskReviewCheck> logger)
{
    public async Task<IReadOnlyList<OverdueRisk>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("EscalateOverdueRiskReviews", cancellationToken);
        var overdue = await risks.ClaimOverdueReviewsAsync(unitOfWork, DateOnly.FromDateTime(now.UtcDateTime));
        if (overdue.Count == 0)
        {
            return [];
        }

        foreach (var risk in overdue)
        {
            unitOfWork.Publish(new RiskEscalated
            {
                ProjectId = risk.ProjectId, ProjectTitle = risk.ProjectTitle, RiskId = risk.RiskId, RiskEvent = risk.Event, Score = risk.Score,
                Reason = RiskEscalationReason.ReviewOverdue, LeadAgencyId = risk.LeadAgencyId,
            });
            unitOfWork.Audit(AuditAction.Update, RisksAudit.Risk, risk.RiskId, ["review_escalated_for"]);
        }

        await unitOfWork.CommitAsync();
        LogEscalated(logger, overdue.Count);
        return overdue;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Escalated {Count} risks whose review is overdue")]
    private static partial void LogEscalated(ILogger logger, int count);
}
