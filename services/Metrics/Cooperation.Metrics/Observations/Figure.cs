using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>How an indicator made of figures turns them into its value.</summary>
public enum FigureAggregate
{
    /// <summary>The sum of the numerators (a count of subjects in some state).</summary>
    Sum = 1,

    /// <summary>Σ numerators ÷ Σ denominators; no value while the denominators add up to zero.</summary>
    Ratio = 2,

    /// <summary>The ratio × 100.</summary>
    Percentage = 3,
}

/// <summary>Which figures make a quarter's value.</summary>
public enum FigureScope
{
    /// <summary>A stock: the latest figure of every subject, whenever it came; the value is set in the quarter of the change.</summary>
    Stock = 1,

    /// <summary>A flow: the figures of subjects that first came in that quarter (a booking assessed in it).</summary>
    Flow = 2,
}

/// <summary>
/// The latest absolute figure of one subject (a training need, a budget line, a risk, a result, a
/// booking) for one indicator under one disaggregation key. A figure older than the one kept
/// changes nothing, so events may arrive in any order.
/// </summary>
public sealed record Figure(
    string IndicatorCode,
    string Subject,
    string Disaggregation,
    Quarter Quarter,
    decimal Numerator,
    decimal Denominator,
    DateTimeOffset AsOf,
    FigureAggregate Aggregate,
    FigureScope Scope)
{
    /// <summary>The same figure under the total and each key of <paramref name="disaggregations"/>.</summary>
    public IReadOnlyList<Figure> WithBreakdown(IEnumerable<string> disaggregations) =>
        [this, .. disaggregations.Distinct(StringComparer.Ordinal).Select(key => this with { Disaggregation = key })];

    /// <summary>The value of Σ numerators and Σ denominators under <paramref name="aggregate"/>; null when a ratio has nothing to divide by.</summary>
    public static decimal? ValueOf(FigureAggregate aggregate, decimal numerators, decimal denominators) => aggregate switch
    {
        FigureAggregate.Sum => numerators,
        FigureAggregate.Ratio => denominators == 0m ? null : Math.Round(numerators / denominators, 6),
        FigureAggregate.Percentage => denominators == 0m ? null : Math.Round(100m * numerators / denominators, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate, "not an aggregate"),
    };
}
