using Microsoft.AspNetCore.Authorization;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Every authorization policy of the suite and the roles each admits, in one table. An RPC names
/// its policy beside its handler: <c>[Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]</c>.
/// An RPC with no attribute still needs an authenticated caller (the fallback policy).
/// </summary>
public static class CooperationPolicies
{
    /// <summary>Any authenticated caller with a subject: the default and the fallback.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>Read the programme's non-personal records (working group, catalogue, projects).</summary>
    public const string ReadProgramme = "read-programme";

    /// <summary>Acts of the working group as a whole: meetings, decisions, statement reviews.</summary>
    public const string ChairWorkingGroup = "chair-working-group";

    /// <summary>Agencies' reference data and the officials they designate.</summary>
    public const string ManageAgencyRecords = "manage-agency-records";

    /// <summary>Training catalogue, enrolments and exchanges.</summary>
    public const string ManageTraining = "manage-training";

    /// <summary>Capacity-building projects and their milestones.</summary>
    public const string ManageProjects = "manage-projects";

    /// <summary>Programme metrics and reports.</summary>
    public const string ReadMetrics = "read-metrics";

    /// <summary>Enter and correct metric values by hand.</summary>
    public const string RecordMetrics = "record-metrics";

    /// <summary>An agency's own information-sharing log (¶4a): its exchanges' metadata, never their content.</summary>
    public const string RecordInformationSharing = "record-information-sharing";

    /// <summary>Personal data of officials and trainees; each read is audited with a justification.</summary>
    public const string ReadPersonalData = "read-personal-data";

    /// <summary>The audit trail and its verification.</summary>
    public const string ReadAuditTrail = "read-audit-trail";

    /// <summary>Calls meant only for other services of the suite.</summary>
    public const string ServiceOnly = "service-only";

    /// <summary>The roles each policy admits. A caller needs at least one of them.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesByPolicy { get; } =
        new Dictionary<string, IReadOnlyList<string>>
        {
            [ReadProgramme] =
            [
                CooperationRoles.CoChair, CooperationRoles.Member, CooperationRoles.AgencyCoordinator,
                CooperationRoles.TrainingCoordinator, CooperationRoles.ProjectLead, CooperationRoles.Analyst,
                CooperationRoles.Service,
            ],
            [ChairWorkingGroup] = [CooperationRoles.CoChair],
            [ManageAgencyRecords] = [CooperationRoles.CoChair, CooperationRoles.AgencyCoordinator],
            [ManageTraining] = [CooperationRoles.CoChair, CooperationRoles.TrainingCoordinator],
            [ManageProjects] = [CooperationRoles.CoChair, CooperationRoles.ProjectLead],
            [ReadMetrics] = [CooperationRoles.CoChair, CooperationRoles.Member, CooperationRoles.Analyst, CooperationRoles.Service],
            [RecordMetrics] = [CooperationRoles.CoChair, CooperationRoles.Analyst],
            [RecordInformationSharing] = [CooperationRoles.CoChair, CooperationRoles.AgencyCoordinator],
            [ReadPersonalData] = [CooperationRoles.CoChair, CooperationRoles.AgencyCoordinator, CooperationRoles.TrainingCoordinator],
            [ReadAuditTrail] = [CooperationRoles.CoChair, CooperationRoles.Auditor],
            [ServiceOnly] = [CooperationRoles.Service],
        };

    /// <summary>A caller the policies can reason about: authenticated and naming its subject.</summary>
    internal static AuthorizationPolicyBuilder RequireIdentifiedCaller(this AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser().RequireClaim(CooperationClaimTypes.Subject);
}
