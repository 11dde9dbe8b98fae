using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// A project drafted here goes to the working group once, while it is still being identified: one
/// the working group agreed (it has a decision) or that was already proposed is known there, and
/// one past identification runs already, so a proposal would have nothing to agree.
/// </summary>
public static class WorkingGroupProposal
{
    public static void EnsureProposable(Guid projectId, ProjectStatus status, Guid? decisionId, DateTimeOffset? proposedAt)
    {
        if (decisionId is not null || proposedAt is not null)
        {
            throw new RuleViolationException(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed,
                $"Project {projectId} is already known to the working group ({(decisionId is null ? "proposed" : "agreed")}); it is proposed only once.");
        }

        if (status != ProjectStatus.Identification)
        {
            throw new RuleViolationException(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed,
                $"Project {projectId} is {status.ToString().ToUpperInvariant()}; only a project in IDENTIFICATION is proposed to the working group.");
        }
    }

    /// <summary>True for a project proposed from here that the working group has not agreed yet.</summary>
    public static bool AwaitsAgreement(Guid? decisionId, DateTimeOffset? proposedAt) => proposedAt is not null && decisionId is null;
}
