namespace Cooperation.BuildingBlocks.Domain;

/// <summary>The joint statement's vocabulary for what cooperation covers (¶2–¶4). Numbers match the proto enum.</summary>
public enum CooperationAreaTag
{
    TargetingOrganisedCrimeGroups = 1,
    CriminalInfrastructure = 2,
    SupplyChains = 3,
    CriminalResources = 4,
    ProceedsOfCrime = 5,
    Prevention = 6,
    DetectionAndInvestigation = 7,
    Prosecution = 8,
    ModesOfPayment = 9,
    AlternativeBanking = 10,
    IllicitCash = 11,
    Exploitation = 12,
    InformationSharing = 13,
    LawEnforcementAlerts = 14,
    Training = 15,
    PersonnelExchange = 16,
    CapacityBuilding = 17,
    BorderSecurity = 18,
    InvestigativeAndIntelligenceTechniques = 19,
    MultiAgencyPractice = 20,
    OperationalDebriefs = 21,
}
