using System.Globalization;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// Dates are stored as "yyyy-MM-dd" text. Rows read them as strings and parse here: Dapper reads
/// a DateOnly property natively, past any type handler, and Npgsql refuses that for a text column.
/// </summary>
internal static class StoredDate
{
    public static DateOnly Parse(string stored) => DateOnly.ParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseOptional(string? stored) => string.IsNullOrEmpty(stored) ? null : Parse(stored);
}
