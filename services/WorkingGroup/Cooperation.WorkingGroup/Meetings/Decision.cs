using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// A decision recorded at a held meeting. A non-binding one is in force once recorded. A binding
/// one commits both participants (¶1: the programme is joint), so the co-chair of one participant
/// records it and it stays pending until the co-chair of the other participant confirms it; only
/// then is it in force and able to agree a project.
/// </summary>
public sealed record Decision(
    Guid Id, Guid MeetingId, string Text, bool Binding, DateTimeOffset RecordedAt,
    Participant? RecordedBy = null, Participant? ConfirmedBy = null, DateTimeOffset? ConfirmedAt = null)
{
    public bool AwaitsConfirmation => Binding && ConfirmedAt is null;

    public bool InForce => !AwaitsConfirmation;

    /// <summary>The co-chair of the other participant confirms a pending binding decision.</summary>
    public Decision Confirm(Participant confirmedBy, DateTimeOffset confirmedAt)
    {
        if (!Binding)
        {
            throw new RuleViolationException(MeetingRules.OnlyBindingDecisionsAreConfirmed,
                $"Decision {Id} is not binding; it is in force as recorded and needs no confirmation.");
        }

        if (ConfirmedAt is not null)
        {
            throw new RuleViolationException(MeetingRules.DecisionIsConfirmedOnce,
                $"Decision {Id} was already confirmed by the {ConfirmedBy} co-chair.");
        }

        if (RecordedBy == confirmedBy)
        {
            throw new RuleViolationException(MeetingRules.BindingDecisionNeedsBothCoChairs,
                $"Decision {Id} was recorded by the {RecordedBy} co-chair; the co-chair of the other participant must confirm it.");
        }

        return this with { ConfirmedBy = confirmedBy, ConfirmedAt = confirmedAt };
    }
}
