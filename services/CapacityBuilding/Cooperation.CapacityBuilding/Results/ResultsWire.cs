using System.Globalization;
using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Results;

/// <summary>Results to their wire form; values travel as invariant decimal text.</summary>
internal static class ResultsWire
{
    public static V1.Result ToWire(Result result)
    {
        var wire = new V1.Result
        {
            Id = result.Id.ToString(),
            ProjectId = result.ProjectId.ToString(),
            Level = WireEnums.ToWire<ResultLevel, V1.ResultLevel>(result.Level),
            Title = result.Title,
        };
        wire.Indicators.AddRange(result.Indicators.Select(i =>
        {
            var indicator = new V1.Indicator
            {
                Id = i.Id.ToString(), Title = i.Title, Unit = i.Unit, Ascending = i.Ascending, Baseline = Text(i.Baseline), Target = Text(i.Target),
            };
            indicator.Actuals.AddRange(i.Actuals.Select(a => new V1.IndicatorActual
            {
                PeriodStart = WireDate.ToWire(a.PeriodStart), PeriodEnd = WireDate.ToWire(a.PeriodEnd), Value = Text(a.Value),
            }));
            return indicator;
        }));
        return wire;
    }

    /// <summary>Reads a decimal the way the wire writes it: invariant, optional sign and point.</summary>
    public static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
