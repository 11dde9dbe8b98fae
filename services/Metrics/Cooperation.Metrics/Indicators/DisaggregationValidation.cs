using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Metrics.Indicators;

/// <summary>Reads a requested disaggregation key against the dimensions its indicator declares.</summary>
public static class DisaggregationValidation
{
    /// <summary>
    /// Empty is the total; otherwise "dimension:value" with a dimension <paramref name="indicator"/>
    /// is broken down by. Run after the indicator is loaded, so an unknown indicator is NOT_FOUND first.
    /// </summary>
    public static string OptionalDisaggregation(this Validator validator, string? key, Indicator indicator, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(indicator);
        var trimmed = key?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return Disaggregation.Total;
        }

        if (!Disaggregation.TryParse(trimmed, out var dimension, out _))
        {
            validator.Add(field, $"must be empty (the total) or \"dimension:value\" of at most {Disaggregation.MaxLength} characters");
        }
        else if (!indicator.Disaggregations.Contains(dimension))
        {
            validator.Add(field, indicator.Disaggregations.Count == 0
                ? $"{indicator.Code} has no disaggregations"
                : $"{indicator.Code} is broken down by {string.Join(", ", indicator.Disaggregations)} only");
        }

        return trimmed;
    }
}
