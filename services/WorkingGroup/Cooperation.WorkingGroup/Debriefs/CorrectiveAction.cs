using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// Work a debrief gave to one agency (after-action practice: owner, due date, status tracked to
/// completion). <see cref="ActionItemId"/> is the working-group action item that carries it onto
/// the meetings' agendas while open.
/// </summary>
internal sealed class CorrectiveAction(
    Guid id, Guid debriefId, string description, Guid ownerAgencyId, Guid ownerOfficialId, DateOnly dueOn,
    CorrectiveActionStatus status, DateOnly? closedOn, Guid actionItemId)
{
    public const int MaxDescriptionLength = 1000;

    public Guid Id { get; } = id;

    public Guid DebriefId { get; } = debriefId;

    public string Description { get; } = description;

    public Guid OwnerAgencyId { get; } = ownerAgencyId;

    public Guid OwnerOfficialId { get; } = ownerOfficialId;

    public DateOnly DueOn { get; } = dueOn;

    public CorrectiveActionStatus Status { get; private set; } = status;

    public DateOnly? ClosedOn { get; private set; } = closedOn;

    public Guid ActionItemId { get; } = actionItemId;

    /// <summary>Closed on or before its due date.</summary>
    public bool ClosedOnTime => ClosedOn is { } closed && closed <= DueOn;

    public bool IsOverdue(DateOnly today) => Status == CorrectiveActionStatus.Open && DueOn < today;

    /// <summary>Closes the action on <paramref name="today"/>; a closed action stays closed.</summary>
    public void Close(CorrectiveActionStatus outcome, DateOnly today)
    {
        if (outcome == CorrectiveActionStatus.Open)
        {
            throw new ValidationFailedException("outcome", "must be DONE or CANCELLED");
        }

        if (Status != CorrectiveActionStatus.Open)
        {
            throw new RuleViolationException(DebriefRules.ClosedCorrectiveActionsStayClosed,
                $"Corrective action {Id} is already {Status.ToString().ToUpperInvariant()}; only an open action can be closed.");
        }

        Status = outcome;
        ClosedOn = today;
    }
}
