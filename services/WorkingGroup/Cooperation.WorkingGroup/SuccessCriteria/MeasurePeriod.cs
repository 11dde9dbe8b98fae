namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>How often a measure is observed. Numbers match the proto enum.</summary>
internal enum MeasurePeriod
{
    Monthly = 1,
    Quarterly = 2,
    HalfYearly = 3,
    Annually = 4,
}
