namespace Cooperation.Training.Needs;

/// <summary>How soon a need is to be met. Numbers match the proto enum.</summary>
public enum NeedUrgency
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
