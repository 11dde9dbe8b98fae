using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>The working group's events that carry figures (action items done, agency coverage), each taking effect once.</summary>
public sealed class WorkingGroupFigureTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task Action_items_closed_on_time_is_the_share_done_by_their_due_date_in_the_quarter_closed()
    {
        await factory.PublishTwiceAsync(Closed(new DateOnly(2051, 2, 10), new DateOnly(2051, 2, 1), onTime: true));
        await factory.PublishTwiceAsync(Closed(new DateOnly(2051, 2, 10), new DateOnly(2051, 2, 20), onTime: false));
        await factory.PublishTwiceAsync(Closed(new DateOnly(2051, 3, 10), new DateOnly(2051, 3, 9), onTime: true));
        await factory.PublishTwiceAsync(Closed(new DateOnly(2051, 3, 10), new DateOnly(2051, 3, 10), onTime: true));
        await factory.PublishTwiceAsync(Closed(new DateOnly(2051, 3, 31), new DateOnly(2051, 4, 2), onTime: false));   // late, in Q2

        await factory.ExpectValueAsync(BuiltInIndicators.ActionItemsClosedOnTime, 2051, 1, 75);
        await factory.ExpectValueAsync(BuiltInIndicators.ActionItemsClosedOnTime, 2051, 2, 0);
    }

    [Fact]
    public async Task Agency_coverage_keeps_the_latest_absolute_figures_by_participant_and_in_total()
    {
        var at = new DateTimeOffset(2052, 5, 1, 9, 0, 0, TimeSpan.Zero);
        await factory.PublishTwiceAsync(Coverage(at, bgCovered: 1, bgTotal: 4, ukCovered: 4, ukTotal: 4));
        await factory.PublishTwiceAsync(Coverage(at.AddDays(1), bgCovered: 3, bgTotal: 4, ukCovered: 1, ukTotal: 4));
        await factory.PublishTwiceAsync(Coverage(at.AddDays(-1), bgCovered: 0, bgTotal: 4, ukCovered: 0, ukTotal: 4));   // older: changes nothing

        await factory.ExpectValueAsync(BuiltInIndicators.AgencyCoverage, 2052, 2, 50);
        await factory.ExpectValueAsync(BuiltInIndicators.AgencyCoverage, 2052, 2, 75, "participant:BG");
        await factory.ExpectValueAsync(BuiltInIndicators.AgencyCoverage, 2052, 2, 25, "participant:UK");
    }

    private static ActionItemClosed Closed(DateOnly dueOn, DateOnly closedOn, bool onTime) => new()
    {
        ActionItemId = Guid.NewGuid(), MeetingId = Guid.NewGuid(), DueOn = dueOn, ClosedOn = closedOn, OnTime = onTime,
    };

    private static AgencyCoverageChanged Coverage(DateTimeOffset at, int bgCovered, int bgTotal, int ukCovered, int ukTotal) => new()
    {
        OccurredAt = at,
        Participants =
        [
            new ParticipantAgencyCoverage { Participant = ParticipantCodes.Bulgaria, CoveredAgencies = bgCovered, TotalAgencies = bgTotal },
            new ParticipantAgencyCoverage { Participant = ParticipantCodes.UnitedKingdom, CoveredAgencies = ukCovered, TotalAgencies = ukTotal },
        ],
    };
}
