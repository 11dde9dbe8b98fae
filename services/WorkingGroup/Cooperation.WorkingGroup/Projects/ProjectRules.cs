namespace Cooperation.WorkingGroup.Projects;

/// <summary>Stable names of the project rules, reported as the subject of a FailedPrecondition.</summary>
public static class ProjectRules
{
    public const string OnlyProposedProjectsCanBeAgreed = "only_proposed_projects_can_be_agreed";
    public const string ProjectsAreAgreedByBindingDecisions = "projects_are_agreed_by_binding_decisions";
    public const string ProjectsAreAgreedByConfirmedDecisions = "projects_are_agreed_by_confirmed_decisions";
    public const string ProjectMustBeAgreedBeforeItRuns = "project_must_be_agreed_before_it_runs";
}
