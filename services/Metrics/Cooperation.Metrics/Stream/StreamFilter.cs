using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Metrics.Indicators;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// The disaggregation key a WatchIndicators request follows: the totals, one participant's values
/// or one agency's. A value is broken down by one dimension at a time (there is no
/// "participant:BG and agency:X" value), so a participant and an agency together are refused
/// rather than read as an AND that could never match.
/// </summary>
internal static class StreamFilter
{
    public static string Read(Validator validator, V1.WatchIndicatorsRequest request)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(request);
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var agency = validator.OptionalId(request.AgencyId, "agency_id");
        if (participant is not null && agency is not null)
        {
            validator.Require(false, "agency_id", "may not be set together with participant: values are broken down by one dimension at a time");
            return Disaggregation.Total;
        }

        return participant is { } p ? Disaggregation.Of(Dimensions.Participant, p.ToString())
            : agency is { } a ? Disaggregation.Of(Dimensions.Agency, a)
            : Disaggregation.Total;
    }
}
