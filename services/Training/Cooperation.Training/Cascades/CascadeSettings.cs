namespace Cooperation.Training.Cascades;

/// <summary>Settings under <c>Training:Cascade</c>.</summary>
public sealed class CascadeSettings
{
    public const string Section = "Training:Cascade";

    /// <summary>Days after an exchange completes by which its guest's cascade is due.</summary>
    public int DueAfterDays { get; set; } = 90;
}
