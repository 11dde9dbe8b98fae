using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Stream;
using Cooperation.Metrics.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>Two replicas of the service on one database and a real broker, started once for the class.</summary>
public sealed class TwoReplicas : IAsyncLifetime
{
    private readonly TestDatabase _database = MetricsDatabase.Create();

    public RabbitMqBroker Broker { get; } = new();

    public MetricsReplicaFactory First { get; private set; } = null!;

    public MetricsReplicaFactory Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Broker.InitializeAsync();
        First = new MetricsReplicaFactory(_database, Broker.ConnectionString);
        Second = new MetricsReplicaFactory(_database, Broker.ConnectionString);
        foreach (var replica in new[] { First, Second })
        {
            Assert.True(await replica.Services.GetRequiredService<ReplicaFanout>().Ready.WaitAsync(TimeSpan.FromSeconds(30)));
        }
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Broker.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>
/// Every subscriber sees every change whichever replica committed it, promptly (the replicas'
/// polls are ten minutes apart, so the broker's signal carried it), and a client resumes on the
/// other replica with no gap and no duplicate. Each test works in a year of its own.
/// </summary>
public sealed class TwoReplicasTests(TwoReplicas replicas) : IClassFixture<TwoReplicas>
{
    [Fact]
    public async Task Both_replicas_deliver_a_change_committed_on_one_of_them()
    {
        using var onFirst = Watch(replicas.First, 0);
        using var onSecond = Watch(replicas.Second, 0);
        await onFirst.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
        await onSecond.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);

        await replicas.First.HoldMeetingAsync(2070, 1);

        var first = await onFirst.NextAsync(m => m.IsChangeIn(2070));
        var second = await onSecond.NextAsync(m => m.IsChangeIn(2070));
        Assert.Equal(first.Change, second.Change);
    }

    [Fact]
    public async Task A_client_resumes_on_the_other_replica_with_no_gap_and_no_duplicate()
    {
        long last;
        using (var onFirst = Watch(replicas.First, 0))
        {
            await onFirst.NextAsync(m => m.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Snapshot);
            await replicas.First.HoldMeetingAsync(2071, 1);
            last = (await onFirst.NextAsync(m => m.IsChangeIn(2071))).Change.Value.Version;
        }

        await replicas.First.HoldMeetingAsync(2071, 2);
        await replicas.First.HoldMeetingAsync(2071, 3);
        await replicas.First.Channel.WaitForMeetingsAsync(2071, 2, 1);
        await replicas.First.Channel.WaitForMeetingsAsync(2071, 3, 1);
        var missed = await replicas.First.ScalarAsync<long>(
            "SELECT count(*) FROM indicator_changes WHERE version > @Last AND indicator_code = @Code",
            new { Last = last, Code = BuiltInIndicators.MeetingsHeld });

        using var onSecond = Watch(replicas.Second, last);
        var versions = new List<long>();
        while (versions.Count < missed)
        {
            var message = await onSecond.NextAsync(m => m.EventCase != V1.WatchIndicatorsResponse.EventOneofCase.Heartbeat);
            Assert.Equal(V1.WatchIndicatorsResponse.EventOneofCase.Change, message.EventCase);
            versions.Add(message.Change.Value.Version);
        }

        // And then live, from a commit on the first replica again.
        await replicas.First.HoldMeetingAsync(2071, 4);
        var next = await onSecond.NextAsync(m => m.EventCase != V1.WatchIndicatorsResponse.EventOneofCase.Heartbeat);
        Assert.Equal((2071, 4), (next.Change.Value.Quarter.Year, next.Change.Value.Quarter.Quarter_));
        versions.Add(next.Change.Value.Version);

        Assert.All(versions, v => Assert.True(v > last));
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
    }

    private static Grpc.Core.AsyncServerStreamingCall<V1.WatchIndicatorsResponse> Watch(MetricsReplicaFactory replica, long resumeVersion) =>
        new V1.IndicatorStreamService.IndicatorStreamServiceClient(replica.Channel).WatchIndicators(new V1.WatchIndicatorsRequest
        {
            IndicatorIds = { BuiltInIndicators.MeetingsHeld }, ResumeVersion = resumeVersion,
        });
}
