namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>Where a corrective action stands. Numbers match the proto enum.</summary>
internal enum CorrectiveActionStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}
