namespace Cooperation.WorkingGroup.Meetings;

public enum ActionItemStatus
{
    Open = 1,
    Done = 2,
    Cancelled = 3,
}
