using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Tests.Infrastructure;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;
using WireParticipant = Cooperation.Contracts.Type.V1.Participant;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>
/// WatchIndicators with a participant or agency filter: the values of that disaggregation key
/// instead of the totals, live and on resume. Each test works in a year of its own.
/// </summary>
public sealed class FilteredStreamTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private const string Bulgaria = "participant:BG";

    private V1.IndicatorStreamService.IndicatorStreamServiceClient Client => new(factory.Channel);

    [Fact]
    public async Task A_participant_filtered_subscriber_sees_that_participants_changes_and_neither_the_others_nor_totals()
    {
        using var call = Watch(new V1.WatchIndicatorsRequest { Participant = WireParticipant.Bg });
        var snapshot = await call.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        Assert.All(snapshot.Snapshot.Values, v => Assert.Equal(Bulgaria, v.Value.Disaggregation));

        // The other participant's change commits first, so a stream that let it through would send it first.
        await OfficialTrainedAsync(2061, ParticipantCodes.UnitedKingdom);
        await WaitForValueAsync(2061, "participant:UK", 1);
        await OfficialTrainedAsync(2061, ParticipantCodes.Bulgaria);

        var seen = new List<V1.IndicatorChange>();
        while (!seen.Any(c => c.IndicatorId == TrainingIndicators.OfficialsTrained && c.Value.Quarter.Year == 2061))
        {
            seen.Add((await call.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Change)).Change);
        }

        Assert.All(seen, c => Assert.Equal(Bulgaria, c.Value.Disaggregation));
        Assert.Equal(1, seen.Single(c => c.IndicatorId == TrainingIndicators.OfficialsTrained && c.Value.Quarter.Year == 2061).Value.Value);
    }

    [Fact]
    public async Task A_filtered_subscriber_resuming_gets_exactly_the_changes_of_its_key_it_missed()
    {
        // Something to be consistent with, so the snapshot's version is a resume point (0 would ask for a snapshot).
        await OfficialTrainedAsync(2062, ParticipantCodes.Bulgaria);
        await WaitForValueAsync(2062, Bulgaria, 1);
        long last;
        using (var call = Watch(new V1.WatchIndicatorsRequest { Participant = WireParticipant.Bg }))
        {
            last = (await call.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot)).Snapshot.Version;
        }

        await OfficialTrainedAsync(2062, ParticipantCodes.Bulgaria);
        await OfficialTrainedAsync(2062, ParticipantCodes.UnitedKingdom);
        await WaitForValueAsync(2062, Bulgaria, 2);
        await WaitForValueAsync(2062, "participant:UK", 1);
        var missed = await factory.ScalarAsync<long>(
            "SELECT count(*) FROM indicator_changes WHERE version > @Last AND disaggregation = @Key", new { Last = last, Key = Bulgaria });

        using var resumed = Watch(new V1.WatchIndicatorsRequest { Participant = WireParticipant.Bg, ResumeVersion = last });
        var changes = new List<V1.IndicatorChange>();
        while (true)
        {
            var message = await resumed.NextAsync(_ => true);
            if (message.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Heartbeat)
            {
                break;
            }

            Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Change, message.EventCase);
            changes.Add(message.Change);
        }

        Assert.True(missed > 0);
        Assert.Equal(missed, changes.Count);
        Assert.All(changes, c => Assert.Equal(Bulgaria, c.Value.Disaggregation));
        var versions = changes.Select(c => c.Value.Version).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    [Fact]
    public async Task An_agency_filtered_snapshot_holds_that_agencys_values_of_the_indicators_broken_down_by_agency()
    {
        var agency = Guid.NewGuid();
        await OfficialTrainedAsync(2063, ParticipantCodes.Bulgaria, agency);
        var key = Disaggregation.Of(Dimensions.Agency, agency);
        await WaitForValueAsync(2063, key, 1);

        using var call = Watch(new V1.WatchIndicatorsRequest { AgencyId = agency.ToString() });
        var snapshot = (await call.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot)).Snapshot;

        Assert.Contains(snapshot.Values, v => v.IndicatorId == TrainingIndicators.OfficialsTrained && v.Value.Value == 1);
        Assert.All(snapshot.Values, v => Assert.Equal(key, v.Value.Disaggregation));
        Assert.DoesNotContain(snapshot.Values, v => v.IndicatorId == BuiltInIndicators.MeetingsHeld);
    }

    [Fact]
    public async Task Watch_indicators_refuses_a_bad_filter_naming_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("participant", async () => await FirstAsync(new V1.WatchIndicatorsRequest { Participant = (WireParticipant)7 }));
        await RpcAssert.InvalidArgumentAsync("agency_id", async () => await FirstAsync(new V1.WatchIndicatorsRequest { AgencyId = "not-a-uuid" }));
        await RpcAssert.InvalidArgumentAsync("agency_id", async () => await FirstAsync(new V1.WatchIndicatorsRequest
        {
            Participant = WireParticipant.Uk, AgencyId = Guid.NewGuid().ToString(),
        }));
    }

    private AsyncServerStreamingCall<V1.WatchIndicatorsResponse> Watch(V1.WatchIndicatorsRequest request) => Client.WatchIndicators(request);

    private async Task FirstAsync(V1.WatchIndicatorsRequest request)
    {
        using var call = Watch(request);
        await call.ResponseStream.MoveNext();
    }

    private async Task OfficialTrainedAsync(int year, string participant, Guid? agency = null)
    {
        var completed = new TrainingCompleted
        {
            OccurredAt = new DateTimeOffset(year, 5, 10, 9, 0, 0, TimeSpan.Zero), BookingId = Guid.NewGuid(), TrainingEventId = Guid.NewGuid(),
            ActivityId = Guid.NewGuid(), OfficialId = Guid.NewGuid(), AgencyId = agency ?? Guid.NewGuid(), Themes = ["cybercrime"],
            Completed = true, Participant = participant,
        };
        await factory.Harness.Bus.Publish(completed, c => c.MessageId = completed.EventId);
    }

    private Task<double?> WaitForValueAsync(int year, string disaggregation, double value) =>
        Eventually.UntilAsync(
            async () => (await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel).GetIndicatorAsync(new V1.GetIndicatorRequest
            {
                IndicatorId = TrainingIndicators.OfficialsTrained, Quarter = new V1.Quarter { Year = year, Quarter_ = 2 },
                Disaggregation = disaggregation,
            })).Indicator.Value?.Value,
            v => v >= value, $"{value} officials trained under {disaggregation} in {year} Q2");
}
