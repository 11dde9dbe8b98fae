namespace Cooperation.WorkingGroup.Reviews;

/// <summary>What a review of the statement decided. Numbers match the proto enum.</summary>
internal enum ReviewOutcome
{
    Continue = 1,
    Amend = 2,
    Conclude = 3,
}
