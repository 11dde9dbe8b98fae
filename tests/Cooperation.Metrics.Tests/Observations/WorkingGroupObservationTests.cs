using MassTransit;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>The working group's events become observations through the inbox, each counted once.</summary>
public sealed class WorkingGroupObservationTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private V1.IndicatorsService.IndicatorsServiceClient Client => new(factory.Channel);

    [Fact]
    public async Task A_meeting_delivered_twice_is_counted_once()
    {
        var year = 2031;
        var held = new MeetingHeld
        {
            MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(year, 2, 10), Year = year, Quarter = 1,
            BothParticipantsPresent = true, AttendeeCount = 6,
        };
        var other = held with { EventId = Guid.NewGuid(), MeetingId = Guid.NewGuid() };

        await PublishTwiceAsync(held);
        await PublishTwiceAsync(other);

        await Eventually.UntilAsync(
            () => GetAsync(BuiltInIndicators.MeetingsHeld, year, 1),
            i => i.Value?.Value == 2, "two meetings counted");
        await factory.Harness.InactivityTask;
        var settled = await GetAsync(BuiltInIndicators.MeetingsHeld, year, 1);
        Assert.Equal(2, settled.Value.Value);
        Assert.Equal(V1.RagStatus.Green, settled.Status);
        Assert.True(await factory.Harness.Consumed.Any<MeetingHeld>(x => x.Context.MessageId == held.EventId));
        Assert.Equal(1, await factory.ScalarAsync<long>(
            "SELECT count(*) FROM observations WHERE source_event_id = @Id AND indicator_code = @Code", new { Id = held.EventId, Code = BuiltInIndicators.MeetingsHeld }));
        Assert.Equal(2, await factory.ScalarAsync<long>(
            "SELECT count(*) FROM indicator_changes WHERE indicator_code = @Code AND year = @Year", new { Code = BuiltInIndicators.MeetingsHeld, Year = year }));
    }

    [Fact]
    public async Task Each_event_moves_its_own_indicator_in_its_own_quarter()
    {
        var year = 2032;
        await PublishTwiceAsync(new StatementReviewed { ReviewId = Guid.NewGuid(), ReviewedOn = new DateOnly(year, 8, 1), Outcome = "continue" });
        await PublishTwiceAsync(new MeetingCadenceBreached
        {
            Year = year, Quarter = 2, QuarterStart = new DateOnly(year, 4, 1), QuarterEnd = new DateOnly(year, 6, 30),
        });

        var reviews = await Eventually.UntilAsync(() => GetAsync(BuiltInIndicators.StatementReviews, year, 3), i => i.Value is not null, "review observed");
        var breaches = await Eventually.UntilAsync(() => GetAsync(BuiltInIndicators.QuartersBreached, year, 2), i => i.Value is not null, "breach observed");
        await factory.Harness.InactivityTask;

        Assert.Equal(1, (await GetAsync(BuiltInIndicators.StatementReviews, year, 3)).Value.Value);
        Assert.Equal(1, (await GetAsync(BuiltInIndicators.QuartersBreached, year, 2)).Value.Value);
        Assert.Equal(V1.RagStatus.Red, breaches.Status);
        Assert.Null((await GetAsync(BuiltInIndicators.StatementReviews, year, 2)).Value);
        Assert.True(breaches.Value.Version != reviews.Value.Version);
    }

    [Fact]
    public async Task The_establishment_is_a_once_only_indicator_set_to_whether_it_was_on_time()
    {
        await PublishTwiceAsync(new WorkingGroupEstablished { EstablishedOn = new DateOnly(2023, 11, 20), DueBy = new DateOnly(2023, 12, 13), OnTime = true });

        // A once-only indicator shows its latest value whichever quarter is asked for.
        var indicator = await Eventually.UntilAsync(() => GetAsync(BuiltInIndicators.EstablishedOnTime, 2040, 1), i => i.Value is not null, "establishment observed");
        Assert.Equal(1, indicator.Value.Value);
        Assert.Equal(V1.RagStatus.Green, indicator.Status);
        Assert.Equal(1.0, indicator.Progress);
    }

    [Fact]
    public async Task A_success_measure_becomes_an_indicator_and_a_redefinition_updates_it()
    {
        var measure = new SuccessMeasureDefined
        {
            OccurredAt = new DateTimeOffset(2024, 1, 10, 9, 0, 0, TimeSpan.Zero),
            MeasureId = Guid.NewGuid(), CriterionId = Guid.NewGuid(), Name = "Joint operations", Unit = "operations",
            Baseline = 2, Target = 8, Period = "quarterly", Direction = "increase",
        };
        // The redefinition may be consumed before the first definition: the later one still wins.
        await PublishTwiceAsync(measure with { EventId = Guid.NewGuid(), Target = 10, OccurredAt = measure.OccurredAt.AddDays(1) });
        await PublishTwiceAsync(measure);

        var code = Indicator.CodeOfMeasure(measure.MeasureId);
        var indicator = await Eventually.UntilAsync(
            async () => (await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 })).Indicators.SingleOrDefault(i => i.Id == code),
            i => i?.Target == 10, "measure redefined");
        await factory.Harness.InactivityTask;
        indicator = (await Client.GetIndicatorAsync(new V1.GetIndicatorRequest { IndicatorId = code })).Indicator;
        Assert.Equal(10, indicator.Target);
        Assert.Equal(V1.IndicatorSource.SuccessMeasure, indicator!.Source);
        Assert.Equal(measure.MeasureId.ToString(), indicator.MeasureId);
        Assert.Equal(2, indicator.Baseline);
        Assert.Equal(V1.Direction.Increase, indicator.Direction);
    }

    [Fact]
    public async Task History_lists_each_quarter_oldest_first()
    {
        var code = BuiltInIndicators.ProjectsAgreed;
        await PublishTwiceAsync(Agreed(new DateTimeOffset(2033, 5, 1, 9, 0, 0, TimeSpan.Zero)));
        await PublishTwiceAsync(Agreed(new DateTimeOffset(2033, 1, 5, 9, 0, 0, TimeSpan.Zero)));

        var history = await Eventually.UntilAsync(
            async () => (await Client.ListIndicatorHistoryAsync(new V1.ListIndicatorHistoryRequest { IndicatorId = code })).Values
                .Where(v => v.Quarter.Year == 2033).ToList(),
            v => v.Count == 2, "two quarters observed");
        Assert.Equal([1, 2], history.Select(v => v.Quarter.Quarter_));
        Assert.All(history, v => Assert.Equal(1, v.Value));
    }

    [Fact]
    public async Task Unknown_indicators_are_not_found_and_bad_requests_name_their_fields()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.GetIndicatorAsync(new V1.GetIndicatorRequest { IndicatorId = "no.such" }));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.ListIndicatorHistoryAsync(new V1.ListIndicatorHistoryRequest { IndicatorId = "no.such" }));
        await RpcAssert.InvalidArgumentAsync("indicator_id", async () => await Client.GetIndicatorAsync(new V1.GetIndicatorRequest()));
        await RpcAssert.InvalidArgumentAsync("quarter.quarter", async () => await Client.ListIndicatorsAsync(
            new V1.ListIndicatorsRequest { Quarter = new V1.Quarter { Year = 2024, Quarter_ = 5 } }));
    }

    [Fact]
    public async Task Reading_needs_a_metrics_role()
    {
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, async () =>
            await new V1.IndicatorsService.IndicatorsServiceClient(factory.AnonymousChannel).ListIndicatorsAsync(new V1.ListIndicatorsRequest()));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await new V1.IndicatorsService.IndicatorsServiceClient(factory.ChannelFor("auditor")).ListIndicatorsAsync(new V1.ListIndicatorsRequest()));
        Assert.NotEmpty((await new V1.IndicatorsService.IndicatorsServiceClient(factory.ChannelFor("analyst"))
            .ListIndicatorsAsync(new V1.ListIndicatorsRequest())).Indicators);
    }

    [Fact]
    public async Task The_change_log_lock_rides_in_one_round_trip_with_the_change_it_guards()
    {
        var year = 2034;
        var database = DbCommandCounter.DatabaseOf(factory.ConnectionString);
        var reviewed = new StatementReviewed { ReviewId = Guid.NewGuid(), ReviewedOn = new DateOnly(year, 1, 1), Outcome = "continue" };
        using var commands = new DbCommandCounter(database);

        await factory.Harness.Bus.Publish(reviewed, c => c.MessageId = reviewed.EventId);
        await Eventually.UntilAsync(() => GetAsync(BuiltInIndicators.StatementReviews, year, 1), i => i.Value?.Value == 1, "review observed");

        // The lock alone would be a round trip of its own on every event the consumer applies.
        var locking = commands.Texts.Where(text => text.Contains("hashtext('metrics.indicator_changes')", StringComparison.Ordinal)).ToList();
        var change = Assert.Single(locking, text => text.Contains("INSERT INTO indicator_values", StringComparison.Ordinal));
        Assert.DoesNotContain(locking, text => text != change && text.Trim().EndsWith("hashtext('metrics.indicator_changes'))", StringComparison.Ordinal));
    }

    private static ProjectAgreed Agreed(DateTimeOffset at) => new()
    {
        OccurredAt = at, ProjectId = Guid.NewGuid(), Title = "Joint training", Summary = "A course",
        Workstream = Contracts.Messages.Projects.Workstream.Training, DecisionId = Guid.NewGuid(),
        CooperationAreas = ["training"], LeadAgencyIds = [Guid.NewGuid()],
    };

    private async Task<V1.Indicator> GetAsync(string code, int year, int quarter) =>
        (await Client.GetIndicatorAsync(new V1.GetIndicatorRequest
        {
            IndicatorId = code, Quarter = new V1.Quarter { Year = year, Quarter_ = quarter },
        })).Indicator;

    private async Task PublishTwiceAsync<TEvent>(TEvent message) where TEvent : Contracts.Messages.IntegrationEvent
    {
        await factory.Harness.Bus.Publish(message, c => c.MessageId = message.EventId);
        await factory.Harness.Bus.Publish(message, c => c.MessageId = message.EventId);
    }
}
