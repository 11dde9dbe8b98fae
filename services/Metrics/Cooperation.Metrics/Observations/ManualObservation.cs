using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>Whether a value was entered where none was shown, or replaced a shown one.</summary>
public enum ManualObservationKind
{
    Entry = 1,
    Correction = 2,
}

/// <summary>
/// A value an analyst or co-chair entered or corrected by hand, with its source and why. A
/// correction keeps the value shown before it, so the history says what readers saw and when.
/// </summary>
public sealed record ManualObservation(
    Guid Id,
    string IndicatorCode,
    Quarter Quarter,
    string Disaggregation,
    ManualObservationKind Kind,
    decimal Value,
    decimal? PreviousValue,
    string Source,
    string Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    long Version = 0)
{
    public const int MaxSourceLength = 200;
    public const int MaxNoteLength = 2000;

    /// <summary>A value for a quarter that has begun, where nothing is shown yet.</summary>
    public static ManualObservation Enter(
        string code, Quarter quarter, string disaggregation, decimal value, decimal? shown, string source, string note, string by, DateTimeOffset now)
    {
        EnsureBegun(quarter, now);
        if (shown is not null)
        {
            throw new RuleViolationException(ObservationRules.EntryMustNotReplaceAShownValue,
                $"{code} already shows {shown} in {quarter.Year} Q{quarter.Number}; correct it instead.");
        }

        return new(Guid.NewGuid(), code, quarter, disaggregation, ManualObservationKind.Entry, value, null, source, note, by, now);
    }

    /// <summary>A new value in place of the shown one, keeping the one it replaces.</summary>
    public static ManualObservation Correct(
        string code, Quarter quarter, string disaggregation, decimal value, decimal? shown, string source, string reason, string by, DateTimeOffset now)
    {
        EnsureBegun(quarter, now);
        if (shown is not { } previous)
        {
            throw new RuleViolationException(ObservationRules.CorrectionNeedsAShownValue,
                $"{code} shows no value in {quarter.Year} Q{quarter.Number} to correct.");
        }

        if (previous == value)
        {
            throw new RuleViolationException(ObservationRules.CorrectionMustChangeTheValue, $"{code} already shows {value}.");
        }

        return new(Guid.NewGuid(), code, quarter, disaggregation, ManualObservationKind.Correction, value, previous, source, reason, by, now);
    }

    /// <summary>What is wrong with <paramref name="value"/> for an indicator of <paramref name="measure"/>; null when nothing.</summary>
    public static string? ValueProblem(Measure measure, double value) => measure switch
    {
        _ when !double.IsFinite(value) => "must be a finite number",
        _ when Math.Abs(value) > 1e15 => "must be at most 10^15 in size",
        Measure.Ratio when value is < 0 or > 1 => "a ratio must lie between 0 and 1",
        Measure.Percentage when value is < -100 or > 100 => "a percentage must lie between -100 and 100",
        Measure.Count when value < 0 => "a count must not be negative",
        _ => null,
    };

    private static void EnsureBegun(Quarter quarter, DateTimeOffset now)
    {
        var current = Quarter.Of(now);
        if (quarter.Year > current.Year || (quarter.Year == current.Year && quarter.Number > current.Number))
        {
            throw new RuleViolationException(ObservationRules.QuarterMustHaveBegun,
                $"{quarter.Year} Q{quarter.Number} has not begun (it is {current.Year} Q{current.Number}).");
        }
    }
}
