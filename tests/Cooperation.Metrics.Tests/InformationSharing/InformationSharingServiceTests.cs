using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.InformationSharing;
using Cooperation.Metrics.Tests.Infrastructure;
using Cooperation.Metrics.Tests.Observations;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.InformationSharing;

/// <summary>
/// The information-sharing log in process. The factory's clock stands in 2023 Q4; the aggregate
/// tests own a quarter each (Q2, Q3), the others log in Q1 and Q4 and assert no aggregate.
/// </summary>
public sealed class InformationSharingServiceTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private const string Coordinator = "bg-border-police-coordinator";

    private V1.InformationSharingService.InformationSharingServiceClient ClientFor(string persona) => new(factory.ChannelFor(persona));

    private V1.InformationSharingService.InformationSharingServiceClient Client => ClientFor(Coordinator);

    private static Timestamp At(int month, int day, int hour = 9) => Timestamp.FromDateTimeOffset(new DateTimeOffset(2023, month, day, hour, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Logging_an_exchange_keeps_its_metadata_for_its_agency_and_audits_it()
    {
        var logged = (await Client.RecordExchangeAsync(Request(V1.SharingChannel.Eurojust, V1.UrgencyBand.ThreeDays, At(10, 2)))).Exchange;

        Assert.Equal(V1.ExchangeStatus.Pending, logged.Status);
        Assert.Equal(BuildingBlocks.Security.Development.DevelopmentPersonas.BgBorderPolice.ToString(), logged.AgencyId);
        Assert.Equal(At(10, 5), logged.DueAt);
        Assert.Equal(V1.HandlingCode.H2, logged.HandlingCode);
        var read = (await Client.GetExchangeAsync(new V1.GetExchangeRequest { ExchangeId = logged.Id })).Exchange;
        Assert.Equal(logged, read);
        Assert.Contains((await Client.ListExchangesAsync(new V1.ListExchangesRequest { Channel = V1.SharingChannel.Eurojust })).Exchanges, e => e.Id == logged.Id);
        var audit = Assert.Single(await factory.AuditOfAsync(InformationSharingAudit.InformationExchange, logged.Id));
        Assert.Equal("dev:" + Coordinator, audit.Actor.Subject);
    }

    [Fact]
    public async Task An_answer_and_a_refusal_are_recorded_once()
    {
        var answered = (await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.Urgent, At(11, 1)))).Exchange;
        var reply = (await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = answered.Id, AnsweredAt = At(11, 1, 15) })).Exchange;
        Assert.Equal(V1.ExchangeStatus.Answered, reply.Status);
        Assert.True(reply.AnsweredWithinDeadline);
        await RpcAssert.FailedPreconditionAsync(InformationSharingRules.ExchangeMustBePending, async () =>
            await Client.RecordRefusalAsync(new V1.RecordRefusalRequest { ExchangeId = answered.Id, Reason = V1.RefusalReason.Other, RefusedAt = At(11, 2) }));

        var refused = (await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.SevenDays, At(11, 1)))).Exchange;
        var refusal = (await Client.RecordRefusalAsync(new V1.RecordRefusalRequest
        {
            ExchangeId = refused.Id, Reason = V1.RefusalReason.JeopardisesInvestigation, RefusedAt = At(11, 3),
        })).Exchange;
        Assert.Equal((V1.ExchangeStatus.Refused, V1.RefusalReason.JeopardisesInvestigation), (refusal.Status, refusal.RefusalReason));
        await RpcAssert.FailedPreconditionAsync(InformationSharingRules.ExchangeMustBePending, async () =>
            await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = refused.Id, AnsweredAt = At(11, 4) }));
        var later = await NewAsync(At(11, 5));
        await RpcAssert.FailedPreconditionAsync(InformationSharingRules.ReplyMustFollowTheRequest, async () =>
            await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = later.Id, AnsweredAt = At(11, 4) }));
        await RpcAssert.FailedPreconditionAsync(InformationSharingRules.ExchangeTimesMustNotBeInTheFuture, async () =>
            await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.Urgent, At(12, 1))));
    }

    [Fact]
    public async Task The_aggregates_give_volume_time_to_answer_the_share_within_deadline_and_refusals_per_channel()
    {
        var client = Client;
        await AnsweredAsync(V1.SharingChannel.EuropolSiena, V1.UrgencyBand.Urgent, At(7, 1, 0), hours: 4);
        await AnsweredAsync(V1.SharingChannel.EuropolSiena, V1.UrgencyBand.Urgent, At(7, 2, 0), hours: 10);
        await AnsweredAsync(V1.SharingChannel.EuropolSiena, V1.UrgencyBand.ThreeDays, At(7, 3, 0), hours: 72);
        var refused = (await client.RecordExchangeAsync(Request(V1.SharingChannel.Bilateral, V1.UrgencyBand.SevenDays, At(8, 1)))).Exchange;
        await client.RecordRefusalAsync(new V1.RecordRefusalRequest { ExchangeId = refused.Id, Reason = V1.RefusalReason.NotAvailable, RefusedAt = At(8, 2) });
        await client.RecordExchangeAsync(Request(V1.SharingChannel.Bilateral, V1.UrgencyBand.SevenDays, At(8, 3)));

        // Everyone admitted reads the aggregates, an analyst too.
        var statistics = await ClientFor("analyst").GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest { Quarter = new V1.Quarter { Year = 2023, Quarter_ = 3 } });

        Assert.Equal([V1.SharingChannel.EuropolSiena, V1.SharingChannel.Bilateral], statistics.Channels.Select(c => c.Channel));
        var europol = statistics.Channels[0];
        Assert.Equal((3L, 3L, 0L, 0L), (europol.Volume, europol.Answered, europol.Refused, europol.Pending));
        Assert.Equal(10, europol.MedianHoursToAnswer, 6);
        Assert.Equal(59.6, europol.P90HoursToAnswer, 6);
        Assert.Equal(0.666667, europol.AnsweredWithinDeadlineShare, 6);
        var bilateral = statistics.Channels[1];
        Assert.Equal((2L, 0L, 1L, 1L), (bilateral.Volume, bilateral.Answered, bilateral.Refused, bilateral.Pending));
        Assert.False(bilateral.HasMedianHoursToAnswer);
        Assert.False(bilateral.HasAnsweredWithinDeadlineShare);
        Assert.Equal(V1.RefusalReason.NotAvailable, Assert.Single(bilateral.Refusals).Reason);
        Assert.Equal((5L, 3L, 1L), (statistics.Total.Volume, statistics.Total.Answered, statistics.Total.Refused));
        Assert.Equal(1, Assert.Single(statistics.Total.Refusals).Count);

        var onlyBilateral = await client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest
        {
            Quarter = new V1.Quarter { Year = 2023, Quarter_ = 3 }, Channel = V1.SharingChannel.Bilateral,
        });
        Assert.Equal(V1.SharingChannel.Bilateral, Assert.Single(onlyBilateral.Channels).Channel);
        Assert.Equal(2, onlyBilateral.Total.Volume);
    }

    [Fact]
    public async Task The_aggregates_run_the_same_commands_for_an_empty_quarter_and_a_busy_one()
    {
        await Client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest());   // warm up
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        var empty = await Client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest { Quarter = new V1.Quarter { Year = 2030, Quarter_ = 1 } });
        var emptyCommands = counter.Count;
        counter.Reset();
        await Client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest { Quarter = new V1.Quarter { Year = 2023, Quarter_ = 3 } });

        Assert.Empty(empty.Channels);
        Assert.Equal(0, empty.Total.Volume);
        Assert.Equal(emptyCommands, counter.Count);
        Assert.InRange(counter.Count, 1, 2);
    }

    [Fact]
    public async Task Logging_and_answering_move_the_isl_indicators_in_total_and_per_channel()
    {
        await AnsweredAsync(V1.SharingChannel.LiaisonOfficer, V1.UrgencyBand.Urgent, At(4, 3), hours: 2);
        await AnsweredAsync(V1.SharingChannel.LiaisonOfficer, V1.UrgencyBand.Urgent, At(4, 4), hours: 9);
        await Client.RecordExchangeAsync(Request(V1.SharingChannel.Eurojust, V1.UrgencyBand.SevenDays, At(5, 1)));

        Assert.Equal(3, (await factory.IndicatorAsync(InformationSharingIndicators.Volume, 2023, 2)).Indicator.Value.Value);
        Assert.Equal(2, (await factory.IndicatorAsync(InformationSharingIndicators.Volume, 2023, 2, "channel:liaison_officer")).Indicator.Value.Value);
        Assert.Equal(1, (await factory.IndicatorAsync(InformationSharingIndicators.Volume, 2023, 2, "channel:eurojust")).Indicator.Value.Value);
        Assert.Equal(0.5, (await factory.IndicatorAsync(InformationSharingIndicators.AnsweredWithinDeadline, 2023, 2, "channel:liaison_officer")).Indicator.Value.Value);
        Assert.Equal(0.5, (await factory.IndicatorAsync(InformationSharingIndicators.AnsweredWithinDeadline, 2023, 2)).Indicator.Value.Value);
        // The median of 2 h and 9 h; the Eurojust request, unanswered, has no time to answer yet.
        Assert.Equal(5.5, (await factory.IndicatorAsync(InformationSharingIndicators.MedianHoursToAnswer, 2023, 2, "channel:liaison_officer")).Indicator.Value.Value);
        Assert.Equal(5.5, (await factory.IndicatorAsync(InformationSharingIndicators.MedianHoursToAnswer, 2023, 2)).Indicator.Value.Value);
        Assert.Null((await factory.IndicatorAsync(InformationSharingIndicators.MedianHoursToAnswer, 2023, 2, "channel:eurojust")).Indicator.Value);
    }

    [Fact]
    public async Task Another_agency_s_exchange_is_refused_and_roles_without_a_log_are_refused()
    {
        var own = await NewAsync(At(1, 10));
        var coChair = ClientFor("bg-co-chair");
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () => await coChair.GetExchangeAsync(new V1.GetExchangeRequest { ExchangeId = own.Id }));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await coChair.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = own.Id, AnsweredAt = At(1, 11) }));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await coChair.RecordRefusalAsync(new V1.RecordRefusalRequest { ExchangeId = own.Id, Reason = V1.RefusalReason.Other, RefusedAt = At(1, 11) }));
        Assert.DoesNotContain((await coChair.ListExchangesAsync(new V1.ListExchangesRequest { PageSize = 200 })).Exchanges, e => e.Id == own.Id);

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await ClientFor("analyst").RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.Urgent, At(1, 10))));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
            await ClientFor("auditor").GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest()));
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, async () =>
            await new V1.InformationSharingService.InformationSharingServiceClient(factory.AnonymousChannel).GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest()));
    }

    [Fact]
    public async Task Bad_requests_name_each_field_and_an_unknown_exchange_is_not_found()
    {
        await RpcAssert.InvalidArgumentAsync("channel", async () => await Client.RecordExchangeAsync(Request(V1.SharingChannel.Unspecified, V1.UrgencyBand.Urgent, At(1, 2))));
        await RpcAssert.InvalidArgumentAsync("urgency", async () => await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, (V1.UrgencyBand)9, At(1, 2))));
        await RpcAssert.InvalidArgumentAsync("requested_at", async () => await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.Urgent, null)));
        await RpcAssert.InvalidArgumentAsync("requested_at", async () => await Client.RecordExchangeAsync(
            Request(V1.SharingChannel.Interpol, V1.UrgencyBand.Urgent, Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)))));
        await RpcAssert.InvalidArgumentAsync("handling_code", async () => await Client.RecordExchangeAsync(new V1.RecordExchangeRequest
        {
            Channel = V1.SharingChannel.Interpol, Direction = V1.SharingDirection.Sent, Urgency = V1.UrgencyBand.Urgent, RequestedAt = At(1, 2),
        }));
        await RpcAssert.InvalidArgumentAsync("exchange_id", async () => await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = "x", AnsweredAt = At(1, 2) }));
        await RpcAssert.InvalidArgumentAsync("answered_at", async () => await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = Guid.NewGuid().ToString() }));
        await RpcAssert.InvalidArgumentAsync("reason", async () => await Client.RecordRefusalAsync(new V1.RecordRefusalRequest { ExchangeId = Guid.NewGuid().ToString(), RefusedAt = At(1, 2) }));
        await RpcAssert.InvalidArgumentAsync("page_size", async () => await Client.ListExchangesAsync(new V1.ListExchangesRequest { PageSize = -1 }));
        await RpcAssert.InvalidArgumentAsync("quarter.quarter", async () => await Client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest { Quarter = new V1.Quarter { Year = 2023, Quarter_ = 5 } }));
        await RpcAssert.InvalidArgumentAsync("channel", async () => await Client.GetSharingStatisticsAsync(new V1.GetSharingStatisticsRequest { Channel = (V1.SharingChannel)42 }));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () => await Client.GetExchangeAsync(new V1.GetExchangeRequest { ExchangeId = Guid.NewGuid().ToString() }));
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, async () =>
            await Client.RecordAnswerAsync(new V1.RecordAnswerRequest { ExchangeId = Guid.NewGuid().ToString(), AnsweredAt = At(1, 2) }));
    }

    private async Task<V1.InformationExchange> NewAsync(Timestamp requestedAt) =>
        (await Client.RecordExchangeAsync(Request(V1.SharingChannel.Interpol, V1.UrgencyBand.SevenDays, requestedAt))).Exchange;

    private async Task AnsweredAsync(V1.SharingChannel channel, V1.UrgencyBand urgency, Timestamp requestedAt, int hours)
    {
        var exchange = (await Client.RecordExchangeAsync(Request(channel, urgency, requestedAt))).Exchange;
        await Client.RecordAnswerAsync(new V1.RecordAnswerRequest
        {
            ExchangeId = exchange.Id, AnsweredAt = Timestamp.FromDateTimeOffset(requestedAt.ToDateTimeOffset().AddHours(hours)),
        });
    }

    private static V1.RecordExchangeRequest Request(V1.SharingChannel channel, V1.UrgencyBand urgency, Timestamp? requestedAt) => new()
    {
        Channel = channel, Direction = V1.SharingDirection.Sent, Urgency = urgency, HandlingCode = V1.HandlingCode.H2, RequestedAt = requestedAt,
    };
}
