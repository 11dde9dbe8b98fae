namespace Cooperation.WorkingGroup.Meetings;

public enum MeetingStatus
{
    Scheduled = 1,
    Held = 2,
    Cancelled = 3,
}
