namespace Cooperation.WorkingGroup.Projects;

/// <summary>The ids of the project rules, reported as the subject of a FailedPrecondition.</summary>
public static class ProjectRules
{
    /// <summary>¶5: the group agrees a project once, from its proposal (<see cref="ProjectProposal.Agree"/>).</summary>
    public const string OnlyProposedProjectsCanBeAgreed = "only-proposed-projects-can-be-agreed";

    /// <summary>¶5: the group commits the programme to a project only by a binding decision of a held meeting (<see cref="ProjectProposal.Agree"/>).</summary>
    public const string ProjectsAreAgreedByBindingDecisions = "projects-are-agreed-by-binding-decisions";

    /// <summary>¶1 and ¶5: the binding decision must be confirmed by both participants' co-chairs (<see cref="ProjectProposal.Agree"/>).</summary>
    public const string ProjectsAreAgreedByConfirmedDecisions = "projects-are-agreed-by-confirmed-decisions";

    /// <summary>¶5: a workstream runs only what the group agreed, so it cannot commence or finish a proposal (<see cref="ProjectProposal.Commence"/>, <see cref="ProjectProposal.Finish"/>).</summary>
    public const string ProjectMustBeAgreedBeforeItRuns = "project-must-be-agreed-before-it-runs";
}
