namespace Cooperation.Training.Programme;

/// <summary>
/// A project the working group agreed for the training workstream (¶5, ¶4b), as the training
/// programme delivers it: commenced when the first session of one of its events is held.
/// </summary>
public sealed class ProgrammeItem(
    Guid projectId, string title, string summary, Guid decisionId, IReadOnlyList<string> cooperationAreas,
    IReadOnlyList<Guid> leadAgencyIds, DateTimeOffset agreedAt, DateOnly? commencedOn = null)
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
}
