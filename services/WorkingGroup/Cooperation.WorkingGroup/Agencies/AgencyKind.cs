namespace Cooperation.WorkingGroup.Agencies;

/// <summary>What an agency does, as far as the programme cares. Numbers match the proto enum.</summary>
internal enum AgencyKind
{
    Ministry = 1,
    Police = 2,
    Border = 3,
    Prosecution = 4,
    FinancialIntelligence = 5,
    ImmigrationEnforcement = 6,
    Security = 7,
    CustomsAndRevenue = 8,
    Migration = 9,
    Other = 10,
}
