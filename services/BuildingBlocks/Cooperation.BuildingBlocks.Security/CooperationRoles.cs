namespace Cooperation.BuildingBlocks.Security;

/// <summary>The roles a token can carry. Which role may call which RPC is in <see cref="CooperationPolicies"/>.</summary>
public static class CooperationRoles
{
    /// <summary>Chairs the working group for one participant (¶6).</summary>
    public const string CoChair = "co_chair";

    /// <summary>Sits on the working group.</summary>
    public const string Member = "member";

    /// <summary>Keeps one agency's reference data and officials up to date.</summary>
    public const string AgencyCoordinator = "agency_coordinator";

    /// <summary>Runs the training catalogue, enrolments and exchanges.</summary>
    public const string TrainingCoordinator = "training_coordinator";

    /// <summary>Leads a capacity-building project.</summary>
    public const string ProjectLead = "project_lead";

    /// <summary>Reads programme metrics; no personal data.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads and verifies the audit trail.</summary>
    public const string Auditor = "auditor";

    /// <summary>Another service of the suite calling with its own identity, never a user's.</summary>
    public const string Service = "service";

    public static IReadOnlyList<string> All { get; } =
        [CoChair, Member, AgencyCoordinator, TrainingCoordinator, ProjectLead, Analyst, Auditor, Service];
}
