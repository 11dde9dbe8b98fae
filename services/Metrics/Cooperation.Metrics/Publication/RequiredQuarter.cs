using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Publication;

/// <summary>Reads a quarter a request must name (approvals and reports are of one quarter, never "the current one" by default).</summary>
public static class RequiredQuarter
{
    public static Quarter RequireQuarter(this Validator validator, V1.Quarter? quarter, string field, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (quarter is null)
        {
            validator.Add(field, "is required");
            return Quarter.Of(now);
        }

        return validator.OptionalQuarter(quarter, field, now);
    }
}
