namespace Cooperation.Training.Cascades;

/// <summary>
/// When a cascade is due, and when it is overdue: a commitment is overdue from the day after its
/// due day while no cascade session has been recorded. <see cref="CascadeRepository"/> applies the
/// same test in SQL when the service flags overdue commitments.
/// </summary>
public static class CascadeDeadline
{
    /// <summary>An exchange's guest owes a cascade <paramref name="days"/> after returning.</summary>
    public static DateOnly DueAfterExchange(DateOnly completedOn, int days) => completedOn.AddDays(days);

    public static bool IsOverdue(DateOnly dueOn, bool delivered, DateOnly today) => !delivered && today > dueOn;
}
