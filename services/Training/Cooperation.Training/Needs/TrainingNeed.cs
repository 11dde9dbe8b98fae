using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Needs;

/// <summary>
/// A registered training need (¶4b): a cooperation area an agency of a participant needs
/// <see cref="Headcount"/> officials trained in, the activities that meet it and its coverage.
/// </summary>
public sealed record TrainingNeed(
    Guid Id, CooperationAreaTag Theme, Participant Participant, Guid AgencyId, int Headcount, TargetProficiency TargetProficiency,
    NeedUrgency Urgency, NeedSource Source, Guid? DecisionId, string RegisteredBy, DateTimeOffset RegisteredAt,
    IReadOnlyList<Guid> ActivityIds, int CoveredCount)
{
    /// <summary>The activity about to be linked, unless it already is.</summary>
    public void EnsureCanLink(Guid activityId)
    {
        if (ActivityIds.Contains(activityId))
        {
            throw new RuleViolationException(NeedRules.AnActivityMeetsANeedOnce, $"Activity {activityId} is already linked to need {Id}.");
        }
    }

    public void EnsureCanUnlink(Guid activityId)
    {
        if (!ActivityIds.Contains(activityId))
        {
            throw new RuleViolationException(NeedRules.OnlyLinkedActivitiesAreUnlinked, $"Activity {activityId} is not linked to need {Id}.");
        }
    }
}
