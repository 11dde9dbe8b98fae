using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;
using Cooperation.Metrics.Tests.Infrastructure;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>Cadence compliance, derived from the establishment, meetings held and breaches already projected.</summary>
public sealed class CadenceComplianceTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public void Compliance_is_the_share_of_quarters_since_establishment_with_a_meeting_and_nothing_before_it()
    {
        Assert.Equal(50m, CadenceCompliance.ValueOf(establishedQuarter: 10, quartersWithMeeting: 2, quarter: 13));
        Assert.Equal(100m, CadenceCompliance.ValueOf(10, 1, 10));
        Assert.Null(CadenceCompliance.ValueOf(null, 0, 10));
        Assert.Null(CadenceCompliance.ValueOf(10, 0, 9));
    }

    [Fact]
    public async Task Meetings_and_breaches_after_establishment_move_compliance_each_delivered_once()
    {
        await factory.PublishTwiceAsync(new WorkingGroupEstablished { EstablishedOn = new DateOnly(2060, 2, 1), DueBy = new DateOnly(2060, 2, 13), OnTime = true });
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2060, 1, 0);

        await factory.PublishTwiceAsync(Held(2060, 1));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2060, 1, 100);

        await factory.PublishTwiceAsync(new MeetingCadenceBreached
        {
            Year = 2060, Quarter = 2, QuarterStart = new DateOnly(2060, 4, 1), QuarterEnd = new DateOnly(2060, 6, 30),
        });
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2060, 2, 50);

        // 2060 Q1 to 2061 Q1 is five quarters, two of them with a meeting.
        await factory.PublishTwiceAsync(Held(2061, 1));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2061, 1, 40);
    }

    [Fact]
    public async Task A_late_meeting_recomputes_its_quarter_and_every_later_quarter_it_moves_each_delivered_once()
    {
        await factory.PublishTwiceAsync(new WorkingGroupEstablished { EstablishedOn = new DateOnly(2070, 1, 20), DueBy = new DateOnly(2070, 2, 1), OnTime = true });
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 1, 0);
        await factory.PublishTwiceAsync(Held(2070, 1));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 1, 100);
        await factory.PublishTwiceAsync(new MeetingCadenceBreached
        {
            Year = 2070, Quarter = 2, QuarterStart = new DateOnly(2070, 4, 1), QuarterEnd = new DateOnly(2070, 6, 30),
        });
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 2, 50);
        await factory.PublishTwiceAsync(Held(2070, 3));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 3, 66.6667);

        // A meeting of 2070 Q2 recorded only now: Q2 and Q3 both had every quarter with a meeting.
        await factory.PublishTwiceAsync(Held(2070, 2));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 2, 100);
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 3, 100);
        Assert.Equal(100, (await factory.SettledValueAsync(BuiltInIndicators.CadenceCompliance, 2070, 1))!.Value, 9);
    }

    [Fact]
    public async Task A_late_event_that_moves_no_later_figure_leaves_the_later_quarters_unchanged()
    {
        await factory.PublishTwiceAsync(new WorkingGroupEstablished { EstablishedOn = new DateOnly(2075, 1, 20), DueBy = new DateOnly(2075, 2, 1), OnTime = true });
        await factory.PublishTwiceAsync(Held(2075, 1));
        await factory.PublishTwiceAsync(Held(2075, 2));
        await factory.ExpectValueAsync(BuiltInIndicators.CadenceCompliance, 2075, 2, 100);
        var before = (await factory.IndicatorAsync(BuiltInIndicators.CadenceCompliance, 2075, 2)).Indicator.Value;

        // A second meeting of Q1 keeps the same quarters with a meeting: Q1 is set again, Q2 is not rewritten.
        var late = Held(2075, 1);
        await factory.PublishTwiceAsync(late);
        await Eventually.UntilAsync(
            async () => (await factory.IndicatorAsync(BuiltInIndicators.MeetingsHeld, 2075, 1)).Indicator.Value?.Value,
            v => v == 2, "two meetings in 2075 Q1");
        await factory.Harness.InactivityTask;
        var after = (await factory.IndicatorAsync(BuiltInIndicators.CadenceCompliance, 2075, 2)).Indicator.Value;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(100, after.Value);
    }

    private static MeetingHeld Held(int year, int quarter) => new()
    {
        MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(year, (quarter * 3) - 1, 10), Year = year, Quarter = quarter,
        BothParticipantsPresent = true, AttendeeCount = 4,
    };
}
