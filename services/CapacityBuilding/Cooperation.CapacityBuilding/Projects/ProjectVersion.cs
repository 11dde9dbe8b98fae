using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// Optimistic concurrency of a project and its plan: every write names the version it read, and
/// one that read an older version is refused rather than silently overwriting the change between.
/// </summary>
public static class ProjectVersion
{
    public static void EnsureCurrent(Guid projectId, long current, long read)
    {
        if (current != read)
        {
            throw new RuleViolationException(ProjectRules.StaleVersion,
                $"Project {projectId} is at version {current}; the write was based on version {read}. Read it again and retry.");
        }
    }
}
