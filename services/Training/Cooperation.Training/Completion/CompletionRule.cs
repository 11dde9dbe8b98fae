namespace Cooperation.Training.Completion;

/// <summary>
/// The activity's completion rule: an official completes when the sessions attended reach
/// <see cref="Percent"/> of the event's sessions (100: every session). A present session counts
/// whole, a partial one half; absent, excused and unmarked sessions count nothing (an excuse
/// explains an absence, it does not make up for it).
/// </summary>
public sealed record CompletionRule(int Percent)
{
    public static decimal Attended(IEnumerable<AttendanceMark> marks) =>
        marks.Sum(m => m switch { AttendanceMark.Present => 1m, AttendanceMark.Partial => 0.5m, _ => 0m });

    public bool IsMet(int sessions, IEnumerable<AttendanceMark> marks) =>
        sessions > 0 && Attended(marks) * 100 >= Percent * sessions;
}
