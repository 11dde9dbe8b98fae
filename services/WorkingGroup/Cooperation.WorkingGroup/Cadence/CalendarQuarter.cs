namespace Cooperation.WorkingGroup.Cadence;

/// <summary>A calendar quarter: Q1 is January–March, Q4 October–December.</summary>
public readonly record struct CalendarQuarter(int Year, int Quarter)
{
    public DateOnly Start => new(Year, ((Quarter - 1) * 3) + 1, 1);

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public CalendarQuarter Next => Quarter == 4 ? new CalendarQuarter(Year + 1, 1) : new CalendarQuarter(Year, Quarter + 1);

    public static CalendarQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
