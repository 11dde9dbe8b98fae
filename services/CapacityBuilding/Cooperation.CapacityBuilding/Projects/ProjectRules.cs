namespace Cooperation.CapacityBuilding.Projects;

/// <summary>Stable names of the project rules, reported as the subject of a FailedPrecondition.</summary>
public static class ProjectRules
{
    /// <summary>Every write names the version it read; a write on an older one would undo another's change (<see cref="ProjectVersion"/>).</summary>
    public const string StaleVersion = "stale-version";

    /// <summary>IATI's activity status codes move in one order: identification → implementation → finalisation → closed, with suspension and cancellation on the way (<see cref="ProjectLifecycle"/>).</summary>
    public const string ProjectStatusFollowsTheLifeCycle = "project-status-follows-the-life-cycle";

    /// <summary>A suspended project resumes in the status it was suspended from (<see cref="ProjectLifecycle"/>).</summary>
    public const string SuspendedProjectsResumeWhereTheyStopped = "suspended-projects-resume-where-they-stopped";

    /// <summary>A project is suspended or cancelled for a stated reason, so the working group sees why (<see cref="ProjectLifecycle"/>).</summary>
    public const string SuspensionAndCancellationNeedAReason = "suspension-and-cancellation-need-a-reason";

    /// <summary>A draft in identification is proposed to the working group once; one it already knows is not proposed again (<see cref="WorkingGroupProposal"/>).</summary>
    public const string OnlyUnproposedDraftsInIdentificationAreProposed = "only-unproposed-drafts-in-identification-are-proposed";
}
