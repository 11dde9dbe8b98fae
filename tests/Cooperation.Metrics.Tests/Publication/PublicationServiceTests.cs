using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Metrics;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Publication;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Publication;

/// <summary>
/// ApproveQuarter and GetPublicationState in process, and what callers who may not approve see of
/// a quarter before and after publication. Each test works in a year of its own.
/// </summary>
public sealed class PublicationServiceTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private V1.PublicationService.PublicationServiceClient Client(string persona) => new(factory.ChannelFor(persona));

    private V1.IndicatorsService.IndicatorsServiceClient Indicators(string persona) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task One_co_chairs_approval_does_not_publish_and_both_do_once()
    {
        var quarter = Quarter(2050, 1);
        await MeetingsHeldAsync(quarter, 2);

        var first = (await Client("bg-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter })).State;
        Assert.True(first.ApprovedByBg);
        Assert.False(first.ApprovedByUk);
        Assert.False(first.Published);
        Assert.DoesNotContain(await factory.OutboxAsync<QuarterPublished>(), e => e.Year == 2050);

        var second = (await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest
        {
            Quarter = quarter, ReviewedVersion = first.FiguresVersion,
        })).State;
        Assert.True(second.Published);
        Assert.Equal(first.FiguresVersion, second.PublishedVersion);

        // Approving the same figures again publishes nothing more.
        await Client("bg-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter });
        var published = Assert.Single(await factory.OutboxAsync<QuarterPublished>(), e => e.Year == 2050);
        Assert.Equal((1, first.FiguresVersion), (published.Quarter, published.FiguresVersion));
        Assert.NotEmpty(await factory.AuditOfAsync(PublicationAudit.QuarterPublication, "2050-Q1"));
        Assert.Equal(3, (await factory.AuditOfAsync(PublicationAudit.QuarterApproval, "2050-Q1")).Count);
    }

    [Fact]
    public async Task A_correction_after_approval_reopens_it_and_a_new_pair_of_approvals_publishes_again()
    {
        var quarter = Quarter(2051, 2);
        await MeetingsHeldAsync(quarter, 1);
        await ApproveByBothAsync(quarter);

        await MeetingsHeldAsync(quarter, 2);
        var reopened = (await Client("analyst").GetPublicationStateAsync(new V1.GetPublicationStateRequest { Quarter = quarter })).State;
        Assert.False(reopened.ApprovedByBg);
        Assert.False(reopened.ApprovedByUk);
        Assert.False(reopened.Published);
        Assert.False(reopened.BgApproval.Stands);
        Assert.True(reopened.PublishedVersion > 0);

        var republished = await ApproveByBothAsync(quarter);
        Assert.True(republished.Published);
        Assert.Equal(2, (await factory.OutboxAsync<QuarterPublished>()).Count(e => e.Year == 2051));
    }

    [Fact]
    public async Task Callers_who_may_not_approve_see_a_quarters_figures_only_as_published()
    {
        var quarter = Quarter(2052, 3);
        await MeetingsHeldAsync(quarter, 1);
        var get = new V1.GetIndicatorRequest { IndicatorId = BuiltInIndicators.MeetingsHeld, Quarter = quarter };

        Assert.Null((await Indicators("analyst").GetIndicatorAsync(get)).Indicator.Value);
        Assert.Equal(1, (await Indicators("uk-co-chair").GetIndicatorAsync(get)).Indicator.Value.Value);
        Assert.DoesNotContain((await Indicators("analyst").ListIndicatorHistoryAsync(new V1.ListIndicatorHistoryRequest
        {
            IndicatorId = BuiltInIndicators.MeetingsHeld,
        })).Values, v => v.Quarter.Year == 2052);

        await ApproveByBothAsync(quarter);
        Assert.Equal(1, (await Indicators("analyst").GetIndicatorAsync(get)).Indicator.Value.Value);

        // A correction is not shown until it is approved: the analyst keeps seeing the published figure.
        await MeetingsHeldAsync(quarter, 2);
        Assert.Equal(1, (await Indicators("analyst").GetIndicatorAsync(get)).Indicator.Value.Value);
        var listed = (await Indicators("analyst").ListIndicatorsAsync(new V1.ListIndicatorsRequest { Quarter = quarter }))
            .Indicators.Single(i => i.Id == BuiltInIndicators.MeetingsHeld);
        Assert.Equal(1, listed.Value.Value);
        Assert.Equal(2, (await Indicators("bg-co-chair").GetIndicatorAsync(get)).Indicator.Value.Value);
    }

    [Fact]
    public async Task Callers_who_may_not_approve_see_breakdowns_as_published_like_totals()
    {
        var quarter = Quarter(2057, 2);
        var get = new V1.GetIndicatorRequest
        {
            IndicatorId = TrainingIndicators.OfficialsTrained, Quarter = quarter, Disaggregation = "participant:BG",
        };
        await OfficialTrainedAsync(quarter, ParticipantCodes.Bulgaria, get, expected: 1);

        var before = await Indicators("analyst").GetIndicatorAsync(get);
        Assert.Null(before.Indicator.Value);
        Assert.Empty(before.Breakdown);

        await ApproveByBothAsync(quarter);
        var published = await Indicators("analyst").GetIndicatorAsync(get);
        Assert.Equal((1, "participant:BG"), (published.Indicator.Value.Value, published.Indicator.Value.Disaggregation));
        Assert.Contains(published.Breakdown, v => v.Disaggregation == "participant:BG" && v.Value == 1);
        Assert.Contains(published.Breakdown, v => v.Disaggregation == "theme:border_security" && v.Value == 1);

        // A later breakdown value is not shown until it is approved.
        await OfficialTrainedAsync(quarter, ParticipantCodes.Bulgaria, get, expected: 2);
        var after = await Indicators("analyst").GetIndicatorAsync(get);
        Assert.Equal(1, after.Indicator.Value.Value);
        Assert.Equal(1, after.Breakdown.Single(v => v.Disaggregation == "participant:BG").Value);
        Assert.Equal(1, Assert.Single((await Indicators("analyst").ListIndicatorHistoryAsync(new V1.ListIndicatorHistoryRequest
        {
            IndicatorId = TrainingIndicators.OfficialsTrained, Disaggregation = "participant:BG",
        })).Values, v => v.Quarter.Year == 2057).Value);
    }

    [Fact]
    public async Task Showing_only_published_figures_costs_one_more_query()
    {
        var analyst = Indicators("analyst");
        await analyst.ListIndicatorsAsync(new V1.ListIndicatorsRequest());   // warm up: token keys, pools
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        await Indicators("uk-co-chair").ListIndicatorsAsync(new V1.ListIndicatorsRequest { Quarter = Quarter(2056, 1) });
        var approver = counter.Count;

        counter.Reset();
        await analyst.ListIndicatorsAsync(new V1.ListIndicatorsRequest { Quarter = Quarter(2056, 1) });
        Assert.Equal(approver + 1, counter.Count);
    }

    [Fact]
    public async Task A_value_and_its_breakdown_as_published_cost_one_more_query_whatever_the_breakdown()
    {
        var get = new V1.GetIndicatorRequest { IndicatorId = TrainingIndicators.OfficialsTrained, Quarter = Quarter(2058, 2) };
        await OfficialTrainedAsync(get.Quarter, ParticipantCodes.Bulgaria, get, expected: 1);
        await OfficialTrainedAsync(get.Quarter, ParticipantCodes.UnitedKingdom, get, expected: 2);
        await Indicators("analyst").GetIndicatorAsync(get);   // warm up: token keys, pools
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var approverBreakdown = (await Indicators("uk-co-chair").GetIndicatorAsync(get)).Breakdown.Count;
        var approver = counter.Count;

        counter.Reset();
        await Indicators("analyst").GetIndicatorAsync(get);
        Assert.True(approverBreakdown >= 4);
        Assert.Equal(approver + 1, counter.Count);
    }

    [Fact]
    public async Task Approve_quarter_refuses_bad_input_naming_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("quarter", async () => await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest()));
        await RpcAssert.InvalidArgumentAsync("quarter.quarter", async () =>
            await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = Quarter(2053, 5) }));
        await RpcAssert.InvalidArgumentAsync("reviewed_version", async () =>
            await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = Quarter(2053, 1), ReviewedVersion = -1 }));
        await RpcAssert.InvalidArgumentAsync("quarter.year", async () =>
            await Client("analyst").GetPublicationStateAsync(new V1.GetPublicationStateRequest { Quarter = Quarter(1999, 1) }));
    }

    [Fact]
    public async Task Approve_quarter_names_the_rule_it_breaks()
    {
        await RpcAssert.FailedPreconditionAsync(PublicationRules.QuarterMustHaveFigures, async () =>
            await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = Quarter(2054, 1) }));

        var quarter = Quarter(2054, 2);
        await MeetingsHeldAsync(quarter, 1);
        var state = (await Client("analyst").GetPublicationStateAsync(new V1.GetPublicationStateRequest { Quarter = quarter })).State;
        await RpcAssert.FailedPreconditionAsync(PublicationRules.ApprovedFiguresMustBeCurrent, async () =>
            await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest
            {
                Quarter = quarter, ReviewedVersion = state.FiguresVersion - 1,
            }));
    }

    [Fact]
    public async Task Only_a_co_chair_approves_and_only_a_metrics_reader_reads_the_state()
    {
        var quarter = Quarter(2055, 1);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await Client("analyst").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter }));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await Client("auditor").GetPublicationStateAsync(new V1.GetPublicationStateRequest { Quarter = quarter }));
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, async () =>
            await new V1.PublicationService.PublicationServiceClient(factory.AnonymousChannel)
                .GetPublicationStateAsync(new V1.GetPublicationStateRequest { Quarter = quarter }));
    }

    private async Task<V1.PublicationState> ApproveByBothAsync(V1.Quarter quarter)
    {
        await Client("bg-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter });
        return (await Client("uk-co-chair").ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter })).State;
    }

    /// <summary>Meetings held in the quarter until its value is <paramref name="total"/>.</summary>
    private async Task MeetingsHeldAsync(V1.Quarter quarter, int total)
    {
        var get = new V1.GetIndicatorRequest { IndicatorId = BuiltInIndicators.MeetingsHeld, Quarter = quarter };
        var now = (await Indicators("uk-co-chair").GetIndicatorAsync(get)).Indicator.Value?.Value ?? 0;
        for (var i = (int)now; i < total; i++)
        {
            var held = new MeetingHeld
            {
                MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(quarter.Year, (quarter.Quarter_ * 3) - 1, 10),
                Year = quarter.Year, Quarter = quarter.Quarter_, BothParticipantsPresent = true, AttendeeCount = 4,
            };
            await factory.Harness.Bus.Publish(held, c => c.MessageId = held.EventId);
        }

        await Eventually.UntilAsync(
            async () => (await Indicators("uk-co-chair").GetIndicatorAsync(get)).Indicator.Value?.Value,
            v => v >= total, $"{total} meetings in {quarter.Year} Q{quarter.Quarter_}");
    }

    /// <summary>One official of <paramref name="participant"/> completes a training in the quarter; waits for the co-chairs' value.</summary>
    private async Task OfficialTrainedAsync(V1.Quarter quarter, string participant, V1.GetIndicatorRequest get, double expected)
    {
        var completed = new TrainingCompleted
        {
            OccurredAt = new DateTimeOffset(quarter.Year, (quarter.Quarter_ * 3) - 1, 10, 9, 0, 0, TimeSpan.Zero),
            BookingId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(), ActivityId = Guid.NewGuid(), OfficialId = Guid.NewGuid(),
            AgencyId = Guid.NewGuid(), Themes = ["border_security"], Completed = true, Participant = participant,
        };
        await factory.Harness.Bus.Publish(completed, c => c.MessageId = completed.EventId);
        await Eventually.UntilAsync(
            async () => (await Indicators("uk-co-chair").GetIndicatorAsync(get)).Indicator.Value?.Value,
            v => v >= expected, $"{expected} officials of {participant} trained in {quarter.Year} Q{quarter.Quarter_}");
    }

    private static V1.Quarter Quarter(int year, int number) => new() { Year = year, Quarter_ = number };
}
