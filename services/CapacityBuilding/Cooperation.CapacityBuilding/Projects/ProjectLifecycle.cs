using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// A project's life cycle in IATI's activity status codes: identification → implementation →
/// finalisation → closed. Any open status may be suspended (it then resumes where it stopped) or
/// cancelled; suspension and cancellation need a reason. Closed and cancelled are final.
/// </summary>
public static class ProjectLifecycle
{
    private static readonly Dictionary<ProjectStatus, ProjectStatus[]> Forward = new()
    {
        [ProjectStatus.Identification] = [ProjectStatus.Implementation],
        [ProjectStatus.Implementation] = [ProjectStatus.Finalisation],
        [ProjectStatus.Finalisation] = [ProjectStatus.Closed],
    };

    public static bool IsFinal(ProjectStatus status) => status is ProjectStatus.Closed or ProjectStatus.Cancelled;

    /// <summary>Refuses a move the life cycle does not allow; <paramref name="suspendedFrom"/> is where a suspended project stopped.</summary>
    public static void EnsureCanMove(Guid projectId, ProjectStatus from, ProjectStatus to, ProjectStatus? suspendedFrom, string? reason)
    {
        if (to is ProjectStatus.Suspended or ProjectStatus.Cancelled && string.IsNullOrWhiteSpace(reason))
        {
            throw new RuleViolationException(ProjectRules.SuspensionAndCancellationNeedAReason,
                $"Project {projectId} is {Text(to)} only for a stated reason.");
        }

        if (from == ProjectStatus.Suspended && to != ProjectStatus.Cancelled)
        {
            if (to != suspendedFrom)
            {
                throw new RuleViolationException(ProjectRules.SuspendedProjectsResumeWhereTheyStopped,
                    $"Project {projectId} was suspended in {Text(suspendedFrom)}; it resumes there, not in {Text(to)}.");
            }

            return;
        }

        var allowed = !IsFinal(from) && (to is ProjectStatus.Suspended or ProjectStatus.Cancelled
            || (Forward.TryGetValue(from, out var next) && next.Contains(to)));
        if (!allowed)
        {
            throw new RuleViolationException(ProjectRules.ProjectStatusFollowsTheLifeCycle,
                $"Project {projectId} is {Text(from)}; it cannot move to {Text(to)}.");
        }
    }

    internal static string Text(ProjectStatus? status) => status?.ToString().ToUpperInvariant() ?? "no status";
}
