namespace Cooperation.Training.SignUp;

/// <summary>Who approves a nomination before it takes a seat. Numbers match the proto enum.</summary>
public enum ApprovalMode
{
    /// <summary>The nomination takes a seat (or a wait-list place) at once.</summary>
    None = 1,

    /// <summary>The hosting agency's training coordinator approves.</summary>
    Coordinator = 2,

    /// <summary>First the nominating agency (its national coordinator), then the hosting agency.</summary>
    TwoStage = 3,
}
