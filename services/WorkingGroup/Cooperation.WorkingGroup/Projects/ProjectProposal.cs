using Cooperation.BuildingBlocks.Domain;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Meetings;

namespace Cooperation.WorkingGroup.Projects;

/// <summary>
/// A project the working group considers (¶5): proposed → agreed by a binding decision of a held
/// meeting → commenced by the workstream that runs it → completed (delivered) or closed.
/// Commencement and completion are reported by that workstream, so they are applied idempotently.
/// </summary>
public sealed class ProjectProposal(
    Guid id, string title, string summary, Workstream workstream, IReadOnlyList<string> cooperationAreas,
    IReadOnlyList<Guid> leadAgencyIds, ProjectStatus status, DateTimeOffset proposedAt,
    Guid? decisionId = null, DateOnly? commencedOn = null, DateOnly? completedOn = null,
    IReadOnlyList<Guid>? cooperationAreaIds = null)
{
    public Guid Id { get; } = id;

    public string Title { get; } = title;

    public string Summary { get; } = summary;

    public Workstream Workstream { get; } = workstream;

    public IReadOnlyList<string> CooperationAreas { get; } = cooperationAreas;

    public IReadOnlyList<Guid> LeadAgencyIds { get; } = leadAgencyIds;

    /// <summary>The identified cooperation areas (by id) the project serves.</summary>
    public IReadOnlyList<Guid> CooperationAreaIds { get; } = cooperationAreaIds ?? [];

    public ProjectStatus Status { get; private set; } = status;

    public DateTimeOffset ProposedAt { get; } = proposedAt;

    public Guid? DecisionId { get; private set; } = decisionId;

    public DateOnly? CommencedOn { get; private set; } = commencedOn;

    public DateOnly? CompletedOn { get; private set; } = completedOn;

    public static ProjectProposal Propose(
        Guid id, string title, string summary, Workstream workstream, IReadOnlyList<string> cooperationAreas,
        IReadOnlyList<Guid> leadAgencyIds, DateTimeOffset proposedAt, IReadOnlyList<Guid>? cooperationAreaIds = null) =>
        new(id, title, summary, workstream, cooperationAreas, leadAgencyIds, ProjectStatus.Proposed, proposedAt,
            cooperationAreaIds: cooperationAreaIds);

    /// <summary>Agrees the project by <paramref name="decision"/>; only a binding decision that both co-chairs stand behind commits the programme to it.</summary>
    public void Agree(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (Status != ProjectStatus.Proposed)
        {
            throw new RuleViolationException(ProjectRules.OnlyProposedProjectsCanBeAgreed,
                $"Project {Id} is {Status.ToString().ToUpperInvariant()}; only a PROPOSED project can be agreed.");
        }

        if (!decision.Binding)
        {
            throw new RuleViolationException(ProjectRules.ProjectsAreAgreedByBindingDecisions,
                $"Decision {decision.Id} is not binding; a project is agreed only by a binding decision.");
        }

        if (decision.AwaitsConfirmation)
        {
            throw new RuleViolationException(ProjectRules.ProjectsAreAgreedByConfirmedDecisions,
                $"Decision {decision.Id} awaits the confirmation of the other participant's co-chair; a project is agreed only by a confirmed binding decision.");
        }

        DecisionId = decision.Id;
        Status = ProjectStatus.Agreed;
    }

    /// <summary>Applies the workstream's report that work started; false when it was already applied.</summary>
    public bool Commence(DateOnly commencedOn)
    {
        EnsureAgreed("commence");
        if (Status != ProjectStatus.Agreed)
        {
            return false;
        }

        CommencedOn = commencedOn;
        Status = ProjectStatus.Commenced;
        return true;
    }

    /// <summary>
    /// Applies the workstream's report that the project ended: completed when delivered, closed
    /// otherwise. Accepted straight from Agreed too, because the completion can overtake the
    /// commencement on the bus. False when an end was already applied.
    /// </summary>
    public bool Finish(DateOnly completedOn, bool delivered)
    {
        EnsureAgreed("finish");
        if (Status is ProjectStatus.Completed or ProjectStatus.Closed)
        {
            return false;
        }

        CompletedOn = completedOn;
        Status = delivered ? ProjectStatus.Completed : ProjectStatus.Closed;
        return true;
    }

    private void EnsureAgreed(string what)
    {
        if (Status == ProjectStatus.Proposed)
        {
            throw new RuleViolationException(ProjectRules.ProjectMustBeAgreedBeforeItRuns,
                $"Project {Id} is still PROPOSED; it cannot {what} before the working group agrees it.");
        }
    }
}
