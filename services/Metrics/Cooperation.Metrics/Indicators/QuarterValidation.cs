using Cooperation.BuildingBlocks.Domain;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Indicators;

/// <summary>Reads a requested quarter: absent means the current one.</summary>
public static class QuarterValidation
{
    public const int FirstYear = 2023;
    public const int LastYear = 2100;

    public static Quarter OptionalQuarter(this Validator validator, V1.Quarter? quarter, string field, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (quarter is null)
        {
            return Quarter.Of(now);
        }

        validator.Require(quarter.Year is >= FirstYear and <= LastYear, $"{field}.year", $"must be between {FirstYear} and {LastYear}");
        validator.Require(quarter.Quarter_ is >= 1 and <= 4, $"{field}.quarter", "must be between 1 and 4");
        return new Quarter(quarter.Year, quarter.Quarter_);
    }

    /// <summary>A quarter the request must name.</summary>
    public static Quarter RequireQuarter(this Validator validator, V1.Quarter? quarter, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (quarter is null)
        {
            validator.Add(field, "is required");
            return default;
        }

        return validator.OptionalQuarter(quarter, field, default);
    }

    /// <summary>An indicator code: required, at most 100 characters.</summary>
    public static string RequireCode(this Validator validator, string? code, string field)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RequireText(code, field, 100);
        return code?.Trim() ?? "";
    }
}
