using System.Globalization;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>How the cadence's audit records name what they are about.</summary>
public static class CadenceAudit
{
    /// <summary>A breach of the quarterly cadence, raised by the service itself.</summary>
    public const string CadenceBreach = "CadenceBreach";

    /// <summary>The fields a raised breach records.</summary>
    public static IReadOnlyList<string> BreachFields { get; } = ["year", "quarter", "quarter_start", "quarter_end"];

    /// <summary>The audit id of a quarter's breach, e.g. "2024-Q1".</summary>
    public static string IdOf(CalendarQuarter quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{quarter.Year:D4}-Q{quarter.Quarter}");
}
