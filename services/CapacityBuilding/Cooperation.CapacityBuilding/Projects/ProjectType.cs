namespace Cooperation.CapacityBuilding.Projects;

/// <summary>What a capacity-building project builds (¶4c). Numbers match the proto enum.</summary>
public enum ProjectType
{
    BorderSecuritySystems = 1,
    SurveillanceAndDetectionEquipment = 2,
    DocumentExamination = 3,
    InvestigativeTechniques = 4,
    IntelligenceCollectionAndAnalysis = 5,
    FinancialInvestigation = 6,
    RootCauses = 7,
    Other = 8,
}
