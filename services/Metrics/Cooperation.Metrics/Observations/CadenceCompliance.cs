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
/// that event concerns. A quarter's figure counts every quarter before it, so a late event (a
/// meeting recorded for a past quarter, an establishment learnt after meetings) also sets it again
/// in each later quarter that has one of those events, where the figure changes. No value before
/// the working group is known to be established.
/// </summary>
public sealed class CadenceCompliance(ObservationRepository observations, ObservationRecorder recorder)
{
    // Quarters are numbered year × 4 + quarter − 1, so a range of quarters is a range of integers.
    // One statement: the event's quarter and every later one a cadence event concerned, each with
    // the quarters with a meeting from the establishment to it and the figure it shows now.
    // The establishment is the value set last: the highest version (commit order; times may tie).
    private const string QuartersSql = """
        WITH established AS (
            SELECT year * 4 + quarter - 1 AS number FROM indicator_values
            WHERE indicator_code = @Established AND disaggregation = ''
            ORDER BY version DESC LIMIT 1),
        concerned AS (
            SELECT @Number AS number
            UNION
            SELECT year * 4 + quarter - 1 FROM indicator_values
            WHERE indicator_code = ANY(@Followed) AND disaggregation = '' AND year * 4 + quarter - 1 > @Number)
        SELECT q.number AS Number, e.number AS Established,
               (SELECT count(*) FROM indicator_values v
                WHERE v.indicator_code = @MeetingsHeld AND v.disaggregation = '' AND v.value > 0
                  AND v.year * 4 + v.quarter - 1 BETWEEN e.number AND q.number) AS WithMeeting,
               (SELECT c.value FROM indicator_values c
                WHERE c.indicator_code = @Compliance AND c.disaggregation = ''
                  AND c.year * 4 + c.quarter - 1 = q.number) AS Shown
        FROM concerned q CROSS JOIN established e
        ORDER BY q.number
        """;

    // The quarters whose figure a cadence event sets: those it concerns, and the compliance's own.
    private static readonly string[] Followed =
        [BuiltInIndicators.MeetingsHeld, BuiltInIndicators.QuartersBreached, BuiltInIndicators.CadenceCompliance];

    public async Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, Quarter quarter)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        var number = (quarter.Year * 4) + quarter.Number - 1;
        // Before reading the values it derives from, so a concurrent cadence event computes after this one commits.
        await observations.LockChangeLogAsync(unitOfWork);
        var rows = await unitOfWork.QueryAsync<QuartersRow>(QuartersSql, new
        {
            Established = BuiltInIndicators.EstablishedOnTime,
            MeetingsHeld = BuiltInIndicators.MeetingsHeld,
            Compliance = BuiltInIndicators.CadenceCompliance,
            Followed,
            Number = number,
        });
        var observed = new List<Observation>();
        foreach (var row in rows)
        {
            // The event's own quarter is set whatever it showed; a later one only when its figure moves.
            if (ValueOf(row.Established, row.WithMeeting, row.Number) is { } value && (row.Number == number || row.Shown != value))
            {
                observed.Add(Observation.Set(BuiltInIndicators.CadenceCompliance, new Quarter(row.Number / 4, (row.Number % 4) + 1), value));
            }
        }

        if (observed.Count > 0)
        {
            await recorder.RecordAsync(unitOfWork, source, observed);
        }
    }

    /// <summary>Quarters with a meeting ÷ quarters since establishment × 100; null before establishment.</summary>
    public static decimal? ValueOf(long? establishedQuarter, long quartersWithMeeting, long quarter) =>
        establishedQuarter is { } first && quarter >= first
            ? Math.Round(100m * quartersWithMeeting / (quarter - first + 1), 4)
            : null;

    private sealed class QuartersRow
    {
        public int Number { get; init; }
        public long Established { get; init; }
        public long WithMeeting { get; init; }
        public decimal? Shown { get; init; }
    }
}
