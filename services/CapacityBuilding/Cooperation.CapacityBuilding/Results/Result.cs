using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Results;

/// <summary>The level of a result (IATI result type). Numbers match the proto enum.</summary>
public enum ResultLevel
{
    Output = 1,
    Outcome = 2,
}

/// <summary>An indicator's actual value for one period.</summary>
public sealed record IndicatorActual(DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value);

/// <summary>How a result is measured: from a baseline towards a target, with an actual per period (<see cref="Indicator.Report"/>).</summary>
public sealed class Indicator(Guid id, string title, string unit, bool ascending, decimal baseline, decimal target, IEnumerable<IndicatorActual>? actuals = null)
{
    private readonly List<IndicatorActual> _actuals = [.. actuals ?? []];

    public Guid Id { get; } = id;

    public string Title { get; } = title;

    public string Unit { get; } = unit;

    public bool Ascending { get; } = ascending;

    public decimal Baseline { get; } = baseline;

    public decimal Target { get; } = target;

    public IReadOnlyList<IndicatorActual> Actuals => _actuals;

    /// <summary>Records the actual of a period; a period overlapping one already reported is refused.</summary>
    public IndicatorActual Report(DateOnly periodStart, DateOnly periodEnd, decimal value)
    {
        if (_actuals.Any(a => a.PeriodStart <= periodEnd && periodStart <= a.PeriodEnd))
        {
            throw new RuleViolationException(ResultRules.OneActualPerIndicatorAndPeriod,
                $"Indicator {Id} already has an actual for a period overlapping {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd}.");
        }

        var actual = new IndicatorActual(periodStart, periodEnd, value);
        _actuals.Add(actual);
        _actuals.Sort((a, b) => a.PeriodStart.CompareTo(b.PeriodStart));
        return actual;
    }
}

/// <summary>An output or outcome of a project and the indicators that measure it.</summary>
public sealed record Result(Guid Id, Guid ProjectId, ResultLevel Level, string Title, IReadOnlyList<Indicator> Indicators)
{
    public Indicator Indicator(Guid indicatorId) =>
        Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException("indicator", indicatorId.ToString());
}
