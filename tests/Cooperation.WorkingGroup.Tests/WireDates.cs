using System.Globalization;
using Cooperation.BuildingBlocks.Wire;
using Google.Type;

namespace Cooperation.WorkingGroup.Tests;

/// <summary>Calendar dates as the tests write them ("2024-03-01") and as the wire carries them.</summary>
internal static class WireDates
{
    /// <summary>
    /// The date "yyyy-MM-dd" as sent, field by field and unchecked, so a test can also send dates
    /// that do not exist ("2023-02-30", "2024-13-01").
    /// </summary>
    public static Date On(string isoDate)
    {
        var parts = isoDate.Split('-');
        return new Date
        {
            Year = int.Parse(parts[0], CultureInfo.InvariantCulture),
            Month = int.Parse(parts[1], CultureInfo.InvariantCulture),
            Day = int.Parse(parts[2], CultureInfo.InvariantCulture),
        };
    }

    public static Date On(DateOnly date) => WireDate.ToWire(date);

    /// <summary>The date as "yyyy-MM-dd", or empty when absent, for assertions that read best as text.</summary>
    public static string Text(Date? date) =>
        date is null ? string.Empty : date.ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
