using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Security.Development;

/// <summary>
/// The personas the development issuer can mint. Agency ids are fixed so that local data and
/// tests can seed agencies under the same ids.
/// </summary>
public static class DevelopmentPersonas
{
    public static readonly Guid UkHomeOffice = Guid.Parse("7a3c1f0e-0000-4000-8000-000000000001");
    public static readonly Guid UkNationalCrimeAgency = Guid.Parse("7a3c1f0e-0000-4000-8000-000000000002");
    public static readonly Guid UkBorderForce = Guid.Parse("7a3c1f0e-0000-4000-8000-000000000003");
    public static readonly Guid BgMinistryOfInterior = Guid.Parse("7a3c1f0e-0000-4000-8000-000000000011");
    public static readonly Guid BgBorderPolice = Guid.Parse("7a3c1f0e-0000-4000-8000-000000000012");

    public static IReadOnlyList<DevelopmentPersona> All { get; } =
    [
        new("uk-co-chair", "UK co-chair of the working group (Home Office)",
            Participant.UK, UkHomeOffice, [CooperationRoles.CoChair, CooperationRoles.Member]),
        new("bg-co-chair", "BG co-chair of the working group (Ministry of Interior)",
            Participant.BG, BgMinistryOfInterior, [CooperationRoles.CoChair, CooperationRoles.Member]),
        new("bg-border-police-coordinator", "Agency coordinator of the BG Border Police",
            Participant.BG, BgBorderPolice, [CooperationRoles.AgencyCoordinator, CooperationRoles.Member]),
        new("uk-agency-coordinator", "Agency coordinator of the UK Home Office",
            Participant.UK, UkHomeOffice, [CooperationRoles.AgencyCoordinator, CooperationRoles.Member]),
        new("bg-member", "Member of the working group for the BG Border Police (no other role)",
            Participant.BG, BgBorderPolice, [CooperationRoles.Member]),
        new("uk-member", "Member of the working group for the UK National Crime Agency (no other role)",
            Participant.UK, UkNationalCrimeAgency, [CooperationRoles.Member]),
        new("uk-training-coordinator", "Training coordinator at the UK National Crime Agency",
            Participant.UK, UkNationalCrimeAgency, [CooperationRoles.TrainingCoordinator]),
        new("uk-project-lead", "Project lead at UK Border Force",
            Participant.UK, UkBorderForce, [CooperationRoles.ProjectLead]),
        new("analyst", "Programme analyst (metrics only, no personal data)",
            Participant.UK, UkHomeOffice, [CooperationRoles.Analyst]),
        new("auditor", "Auditor of the programme's records",
            Participant.BG, BgMinistryOfInterior, [CooperationRoles.Auditor]),
        new("service-working-group", "The working-group service calling another service",
            null, null, [CooperationRoles.Service]),
    ];

    public static DevelopmentPersona? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
}
