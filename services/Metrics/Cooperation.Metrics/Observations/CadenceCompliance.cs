using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// ¶6 "at least quarterly", as a share: of the quarters from the establishment's quarter to
/// <c>Q</c> (both counted), the percentage whose <c>wg.meetings-held</c> total is above zero. It is
/// derived from the values the MeetingHeld, MeetingCadenceBreached and WorkingGroupEstablished
/// projections already keep, after each of them, in the same unit of work, and set in the quarter
/// that event concerns. No value before the working group is known to be established.
/// </summary>
public sealed class CadenceCompliance(ObservationRecorder recorder)
{
    // Quarters are numbered year × 4 + quarter − 1, so a range of quarters is a range of integers.
    private const string QuartersSql = """
        WITH established AS (
            SELECT year * 4 + quarter - 1 AS number FROM indicator_values
            WHERE indicator_code = @Established AND disaggregation = ''
            ORDER BY updated_at DESC LIMIT 1)
        SELECT e.number AS Established,
               (SELECT count(*) FROM indicator_values v
                WHERE v.indicator_code = @MeetingsHeld AND v.disaggregation = '' AND v.value > 0
                  AND v.year * 4 + v.quarter - 1 BETWEEN e.number AND @Number) AS WithMeeting
        FROM established e
        """;

    public async Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        var number = (quarter.Year * 4) + quarter.Number - 1;
        var row = await unitOfWork.QuerySingleOrDefaultAsync<QuartersRow>(QuartersSql, new
        {
            Established = BuiltInIndicators.EstablishedOnTime,
            MeetingsHeld = BuiltInIndicators.MeetingsHeld,
            Number = number,
        });
        if (ValueOf(row?.Established, row?.WithMeeting ?? 0, number) is { } value)
        {
            await recorder.RecordAsync(unitOfWork, source, Observation.Set(BuiltInIndicators.CadenceCompliance, quarter, value));
        }
    }

    /// <summary>Quarters with a meeting ÷ quarters since establishment × 100; null before establishment.</summary>
    public static decimal? ValueOf(long? establishedQuarter, long quartersWithMeeting, long quarter) =>
        establishedQuarter is { } first && quarter >= first
            ? Math.Round(100m * quartersWithMeeting / (quarter - first + 1), 4)
            : null;

    private sealed class QuartersRow
    {
        public long Established { get; init; }
        public long WithMeeting { get; init; }
    }
}
