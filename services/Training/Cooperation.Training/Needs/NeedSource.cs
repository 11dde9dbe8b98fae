namespace Cooperation.Training.Needs;

/// <summary>Where a need was identified: a working-group decision (its id is kept) or the agency's own analysis. Numbers match the proto enum.</summary>
public enum NeedSource
{
    WorkingGroupDecision = 1,
    AgencyAnalysis = 2,
}
