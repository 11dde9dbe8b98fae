namespace Cooperation.Training.Programme;

/// <summary>
/// A project the working group agreed for the training workstream (¶5, ¶4b), as the training
/// programme delivers it: commenced when the first session of one of its events is held, and
/// completed once, either delivered (<see cref="ProgrammeItemDelivery"/>) or closed undelivered.
/// </summary>
public sealed class ProgrammeItem(
    Guid projectId, string title, string summary, Guid decisionId, IReadOnlyList<string> cooperationAreas,
    IReadOnlyList<Guid> leadAgencyIds, DateTimeOffset agreedAt, DateOnly? commencedOn = null,
    DateOnly? completedOn = null, bool delivered = false, string? closureReason = null)
{
    public Guid ProjectId { get; } = projectId;

    public string Title { get; } = title;

    public string Summary { get; } = summary;

    public Guid DecisionId { get; } = decisionId;

    /// <summary>Lower snake case names of cooperation.type.v1.CooperationAreaTag, as ProjectAgreed carries them.</summary>
    public IReadOnlyList<string> CooperationAreas { get; } = cooperationAreas;

    public IReadOnlyList<Guid> LeadAgencyIds { get; } = leadAgencyIds;

    public DateTimeOffset AgreedAt { get; } = agreedAt;

    public DateOnly? CommencedOn { get; private set; } = commencedOn;

    /// <summary>Records the first held session's day; false when the item had already commenced.</summary>
    public bool Commence(DateOnly heldOn)
    {
        if (CommencedOn is not null)
        {
            return false;
        }

        CommencedOn = heldOn;
        return true;
    }

    /// <summary>The day it was delivered or closed; null while it is open.</summary>
    public DateOnly? CompletedOn { get; private set; } = completedOn;

    /// <summary>True when delivered; false when closed undelivered or still open.</summary>
    public bool Delivered { get; private set; } = delivered;

    public string? ClosureReason { get; private set; } = closureReason;

    public bool IsOpen => CompletedOn is null;

    /// <summary>Records its delivery; false when it had already completed (delivered or closed), so it completes once.</summary>
    public bool Deliver(DateOnly deliveredOn)
    {
        if (!IsOpen)
        {
            return false;
        }

        CompletedOn = deliveredOn;
        Delivered = true;
        return true;
    }

    /// <summary>Closes it undelivered with a reason; refused once it has completed.</summary>
    public void CloseUndelivered(string reason, DateOnly closedOn)
    {
        if (!IsOpen)
        {
            throw new BuildingBlocks.Domain.RuleViolationException(ProgrammeRules.ProgrammeItemsCompleteOnce,
                $"Programme item {ProjectId} completed on {CompletedOn:yyyy-MM-dd} ({(Delivered ? "delivered" : "closed undelivered")}).");
        }

        CompletedOn = closedOn;
        Delivered = false;
        ClosureReason = reason;
    }
}
