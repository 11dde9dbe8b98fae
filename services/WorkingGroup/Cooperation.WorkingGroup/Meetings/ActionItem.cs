using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>
/// Work a held meeting gave to one official. It stays open until marked done or cancelled, and
/// while open it carries to the agenda of the meetings that follow.
/// </summary>
public sealed class ActionItem(Guid id, Guid meetingId, string description, Guid ownerOfficialId, DateOnly dueOn, ActionItemStatus status)
{
    public Guid Id { get; } = id;

    public Guid MeetingId { get; } = meetingId;

    public string Description { get; } = description;

    public Guid OwnerOfficialId { get; } = ownerOfficialId;

    public DateOnly DueOn { get; } = dueOn;

    public ActionItemStatus Status { get; private set; } = status;

    public bool IsOverdue(DateOnly today) => Status == ActionItemStatus.Open && DueOn < today;

    /// <summary>Done by its due date: closed on or before the day it was due.</summary>
    public bool WasOnTime(DateOnly closedOn) => closedOn <= DueOn;

    /// <summary>Closes the item. A done or cancelled item is final: reopening would rewrite the record.</summary>
    public void Close(ActionItemStatus outcome)
    {
        if (outcome == ActionItemStatus.Open)
        {
            throw new ValidationFailedException("status", "must be DONE or CANCELLED");
        }

        if (Status != ActionItemStatus.Open)
        {
            throw new RuleViolationException(MeetingRules.ClosedActionItemsStayClosed,
                $"Action item {Id} is already {Status.ToString().ToUpperInvariant()}; only an open item can change status.");
        }

        Status = outcome;
    }
}
