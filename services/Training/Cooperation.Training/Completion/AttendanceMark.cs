namespace Cooperation.Training.Completion;

/// <summary>How an official attended one session. Numbers match the proto enum.</summary>
public enum AttendanceMark
{
    Present = 1,
    Partial = 2,
    Absent = 3,
    Excused = 4,
}
