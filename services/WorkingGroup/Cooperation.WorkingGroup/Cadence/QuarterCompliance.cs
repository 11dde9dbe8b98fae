namespace Cooperation.WorkingGroup.Cadence;

/// <summary>
/// How one quarter stands against ¶6. <see cref="CountsFrom"/> is the quarter's first day, or the
/// establishment date in the quarter the group was established.
/// </summary>
public sealed record QuarterCompliance(CalendarQuarter Quarter, DateOnly CountsFrom, int MeetingsHeld, QuarterState State)
{
    public DateOnly EndsOn => Quarter.End;
}
