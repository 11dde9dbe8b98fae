using System.Globalization;

namespace Cooperation.WorkingGroup.Meetings;

/// <summary>Dates on the wire are "yyyy-MM-dd" strings; an absent date is the empty string.</summary>
internal static class WireDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly? date) => date is null ? string.Empty : Format(date.Value);
}
