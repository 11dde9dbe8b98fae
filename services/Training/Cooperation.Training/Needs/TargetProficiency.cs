namespace Cooperation.Training.Needs;

/// <summary>How well a need's officials are to master its theme. Numbers match the proto enum.</summary>
public enum TargetProficiency
{
    Awareness = 1,
    Practitioner = 2,
    Advanced = 3,
    Expert = 4,
}
