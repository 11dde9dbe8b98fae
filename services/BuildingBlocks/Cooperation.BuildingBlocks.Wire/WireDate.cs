using Google.Type;

namespace Cooperation.BuildingBlocks.Wire;

/// <summary>
/// Calendar dates travel as <see cref="Date"/> with year, month and day all set; an optional date
/// that is not known is an absent message (null), never a zero date.
/// </summary>
public static class WireDate
{
    public static Date ToWire(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? ToWire(DateOnly? date) => date is { } value ? ToWire(value) : null;

    /// <summary>
    /// Reads a full, real calendar date. False for a partial date (a zero year, month or day) and
    /// for one that does not exist (2023-02-30, month 13).
    /// </summary>
    public static bool TryFromWire(Date? date, out DateOnly value)
    {
        value = default;
        if (date is null || date.Year is < 1 or > 9999 || date.Month is < 1 or > 12 || date.Day < 1
            || date.Day > System.DateTime.DaysInMonth(date.Year, date.Month))
        {
            return false;
        }

        value = new DateOnly(date.Year, date.Month, date.Day);
        return true;
    }

    /// <summary>For callers holding a date the service sent: throws when it is not a full, real date.</summary>
    public static DateOnly ToDateOnly(this Date date) =>
        TryFromWire(date, out var value)
            ? value
            : throw new ArgumentException($"{date} is not a full calendar date.", nameof(date));
}
