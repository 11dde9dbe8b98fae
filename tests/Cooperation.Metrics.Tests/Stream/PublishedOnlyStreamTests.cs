using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;
using WireParticipant = Cooperation.Contracts.Type.V1.Participant;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>The published_only filter, alone and with a participant or agency filter, and callers who may not approve figures held to it. Each test works in a year of its own.</summary>
public sealed class PublishedOnlyStreamTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task A_published_only_subscriber_gets_a_quarters_figures_when_both_co_chairs_approve_them()
    {
        await factory.HoldMeetingAsync(2080, 1);
        await factory.Channel.WaitForMeetingsAsync(2080, 1, 1);

        using var analyst = Watch("analyst", publishedOnly: false);   // held to published figures anyway
        using var coChair = Watch("uk-co-chair", publishedOnly: false);
        using var coChairPublished = Watch("uk-co-chair", publishedOnly: true);
        var analystSnapshot = await analyst.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        var coChairSnapshot = await coChair.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        await coChairPublished.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        Assert.DoesNotContain(analystSnapshot.Snapshot.Values, v => v.Value.Quarter.Year == 2080);
        Assert.Contains(coChairSnapshot.Snapshot.Values, v => v.Value.Quarter.Year == 2080 && !v.Published);

        await factory.HoldMeetingAsync(2080, 1);
        var unpublished = await coChair.NextAsync(m => m.IsChangeIn(2080));
        Assert.False(unpublished.Change.Published);

        var quarter = new V1.Quarter { Year = 2080, Quarter_ = 1 };
        await new V1.PublicationService.PublicationServiceClient(factory.ChannelFor("bg-co-chair"))
            .ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter, ReviewedVersion = unpublished.Change.Value.Version });
        await new V1.PublicationService.PublicationServiceClient(factory.ChannelFor("uk-co-chair"))
            .ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter, ReviewedVersion = unpublished.Change.Value.Version });

        // The analyst's first 2080 message is the publication: the unpublished change never reached it.
        var published = await analyst.NextAsync(m => m.IsChangeIn(2080));
        Assert.True(published.Change.Published);
        Assert.Equal(2, published.Change.Value.Value);
        Assert.True(published.Change.Value.Version > unpublished.Change.Value.Version);
        Assert.Equal(published.Change, (await coChairPublished.NextAsync(m => m.IsChangeIn(2080))).Change);
        Assert.Equal(published.Change, (await coChair.NextAsync(m => m.IsChangeIn(2080))).Change);
    }

    [Fact]
    public async Task A_published_only_subscriber_resuming_gets_only_publications()
    {
        long from;
        using (var analyst = Watch("analyst", publishedOnly: true))
        {
            from = (await analyst.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot)).Snapshot.Version;
        }

        await factory.HoldMeetingAsync(2081, 1);
        await factory.Channel.WaitForMeetingsAsync(2081, 1, 1);

        using var resumed = Watch("analyst", publishedOnly: true, resumeVersion: from);
        var first = await resumed.NextAsync(_ => true);
        Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Heartbeat, first.EventCase);
        Assert.True(first.Heartbeat.Version > from);
    }

    [Fact]
    public async Task A_filtered_published_only_subscriber_gets_only_the_publications_of_its_key()
    {
        var agency = Guid.NewGuid();
        var agencyKey = Disaggregation.Of(Dimensions.Agency, agency);
        using var bulgaria = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.ChannelFor("uk-co-chair")).WatchIndicators(
            new V1.WatchIndicatorsRequest { IndicatorIds = { TrainingIndicators.OfficialsTrained }, Participant = WireParticipant.Bg, PublishedOnly = true });
        using var ofAgency = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.ChannelFor("analyst")).WatchIndicators(
            new V1.WatchIndicatorsRequest { AgencyId = agency.ToString(), PublishedOnly = true });
        Assert.DoesNotContain((await bulgaria.NextAsync(IsSnapshot)).Snapshot.Values, v => v.Value.Quarter.Year == 2082);
        Assert.DoesNotContain((await ofAgency.NextAsync(IsSnapshot)).Snapshot.Values, v => v.Value.Quarter.Year == 2082);

        // Unpublished changes of both keys, and of the other participant, commit while both streams are open.
        await OfficialTrainedAsync(2082, ParticipantCodes.Bulgaria, agency);
        await OfficialTrainedAsync(2082, ParticipantCodes.UnitedKingdom, Guid.NewGuid());
        await Eventually.UntilAsync(
            async () => (await new V1.IndicatorsService.IndicatorsServiceClient(factory.ChannelFor("uk-co-chair")).GetIndicatorAsync(new V1.GetIndicatorRequest
            {
                IndicatorId = TrainingIndicators.OfficialsTrained, Quarter = new V1.Quarter { Year = 2082, Quarter_ = 2 },
            })).Indicator.Value?.Value,
            v => v == 2, "two officials trained in 2082 Q2");
        var quarter = new V1.Quarter { Year = 2082, Quarter_ = 2 };
        foreach (var coChair in new[] { "bg-co-chair", "uk-co-chair" })
        {
            await new V1.PublicationService.PublicationServiceClient(factory.ChannelFor(coChair))
                .ApproveQuarterAsync(new V1.ApproveQuarterRequest { Quarter = quarter });
        }

        // Each stream's first 2082 messages are the publication's rows of its own key, never an unpublished change.
        var ofBulgaria = await bulgaria.NextAsync(m => m.IsChangeIn(2082));
        Assert.True(ofBulgaria.Change.Published);
        Assert.Equal(TrainingIndicators.OfficialsTrained, ofBulgaria.Change.IndicatorId);
        Assert.Equal("participant:BG", ofBulgaria.Change.Value.Disaggregation);
        Assert.Equal(1, ofBulgaria.Change.Value.Value);

        var agencyChanges = new List<V1.IndicatorChange>();
        while (!agencyChanges.Any(c => c.IndicatorId == TrainingIndicators.OfficialsTrained))
        {
            agencyChanges.Add((await ofAgency.NextAsync(m => m.IsChangeIn(2082))).Change);
        }

        Assert.All(agencyChanges, c => Assert.True(c.Published && c.Value.Disaggregation == agencyKey, $"{c.IndicatorId} {c.Value.Disaggregation} published {c.Published}"));
        Assert.Equal(1, agencyChanges.Single(c => c.IndicatorId == TrainingIndicators.OfficialsTrained).Value.Value);
    }

    [Fact]
    public async Task Only_metrics_readers_may_watch()
    {
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, async () =>
        {
            using var call = new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.ChannelFor("auditor"))
                .WatchIndicators(new V1.WatchIndicatorsRequest());
            await call.ResponseStream.MoveNext();
        });
    }

    private static bool IsSnapshot(V1.WatchIndicatorsResponse message) => message.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot;

    private async Task OfficialTrainedAsync(int year, string participant, Guid agency)
    {
        var completed = new TrainingCompleted
        {
            OccurredAt = new DateTimeOffset(year, 5, 10, 9, 0, 0, TimeSpan.Zero), BookingId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(),
            ActivityId = Guid.NewGuid(), OfficialId = Guid.NewGuid(), AgencyId = agency, Themes = ["cybercrime"],
            Completed = true, Participant = participant,
        };
        await factory.Harness.Bus.Publish(completed, c => c.MessageId = completed.EventId);
    }

    private AsyncServerStreamingCall<V1.WatchIndicatorsResponse> Watch(string persona, bool publishedOnly, long resumeVersion = 0) =>
        new V1.IndicatorStreamService.IndicatorStreamServiceClient(factory.ChannelFor(persona)).WatchIndicators(new V1.WatchIndicatorsRequest
        {
            IndicatorIds = { BuiltInIndicators.MeetingsHeld }, PublishedOnly = publishedOnly, ResumeVersion = resumeVersion,
        });
}
