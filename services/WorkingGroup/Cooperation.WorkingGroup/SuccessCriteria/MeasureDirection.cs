namespace Cooperation.WorkingGroup.SuccessCriteria;

/// <summary>Which way counts as progress. Numbers match the proto enum.</summary>
internal enum MeasureDirection
{
    Increase = 1,
    Decrease = 2,
}
