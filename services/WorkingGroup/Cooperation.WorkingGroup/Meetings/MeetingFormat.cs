namespace Cooperation.WorkingGroup.Meetings;

public enum MeetingFormat
{
    InPerson = 1,
    Virtual = 2,
    Hybrid = 3,
}
