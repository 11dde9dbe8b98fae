namespace Cooperation.Metrics.Indicators;

/// <summary>What kind of quantity an indicator counts.</summary>
public enum Measure
{
    Count = 1,
    Ratio = 2,
    Percentage = 3,
    Amount = 4,
}

/// <summary>Which way counts as progress.</summary>
public enum Direction
{
    Increase = 1,
    Decrease = 2,
}

/// <summary>How often an indicator is observed.</summary>
public enum PeriodType
{
    Quarter = 1,
    Once = 2,
}

/// <summary>Where an indicator comes from.</summary>
public enum IndicatorSource
{
    BuiltIn = 1,
    SuccessMeasure = 2,
}

/// <summary>Red, amber or green against the target (<see cref="TargetProgress"/>).</summary>
public enum RagStatus
{
    Red = 1,
    Amber = 2,
    Green = 3,
}
