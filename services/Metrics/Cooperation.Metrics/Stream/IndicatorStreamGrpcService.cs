using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Publication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// WatchIndicators: subscribes first (so nothing committed meanwhile is missed), then back-fills
/// from the database — a snapshot, or the changes after the resume version, or a reset and a
/// snapshot when those are no longer kept — and then forwards the feed, skipping any version
/// already sent, so a client sees every version once. A caller who may not approve figures gets
/// the published figures only, as if it had asked for published_only. A participant or agency
/// filter follows that disaggregation key (participant:BG, agency:&lt;uuid&gt;) instead of the totals.
/// When the service stops, every stream ends (OK) at once: an open stream would otherwise hold the
/// shutdown for the host's whole timeout, and its client resumes elsewhere or after the restart.
/// </summary>
internal sealed class IndicatorStreamGrpcService(
    IndicatorChangeFeed feed, StreamRepository stream, IndicatorRepository indicators,
    IDbConnectionFactory connections, IOptions<StreamOptions> options, TimeProvider time, IHostApplicationLifetime lifetime)
    : V1.IndicatorStreamService.IndicatorStreamServiceBase
{
    private const int BackFillBatch = 500;

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task WatchIndicators(
        V1.WatchIndicatorsRequest request, IServerStreamWriter<V1.WatchIndicatorsResponse> responseStream, ServerCallContext context)
    {
        var validator = new Validator();
        validator.Require(request.ResumeVersion >= 0, "resume_version", "must not be negative");
        var codes = request.IndicatorIds.Select((c, i) => validator.RequireCode(c, $"indicator_ids[{i}]")).ToHashSet();
        var disaggregation = StreamFilter.Read(validator, request);
        validator.ThrowIfInvalid();
        var publishedOnly = request.PublishedOnly || !FigureVisibility.SeesUnpublished(context.GetCaller());

        var subscriber = feed.Subscribe(codes, publishedOnly, disaggregation);
        try
        {
            await ReadAsync(async session =>
            {
                foreach (var code in codes)
                {
                    await indicators.GetAsync(session, code);   // NotFound names an unknown indicator
                }

                return codes.Count;
            }, context.CancellationToken);
            var sent = await BackFillAsync(request.ResumeVersion, codes, subscriber, WriteOrStallAsync, context.CancellationToken);

            using var open = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
            while (!open.IsCancellationRequested)
            {
                TakenChanges taken;
                try
                {
                    taken = await subscriber.TakeAsync(options.Value.HeartbeatInterval, open.Token);
                }
                catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                ThrowIfEnded();
                var fresh = taken.Changes.Where(t => t.Change.Version > sent).ToList();
                if (fresh.Count == 0)
                {
                    // Everything up to OfferedThrough was either sent or not followed.
                    sent = Math.Max(sent, taken.OfferedThrough);
                    await WriteOrStallAsync(new V1.WatchIndicatorsResponse { Heartbeat = new V1.Heartbeat { Version = sent } });
                    continue;
                }

                foreach (var (change, coalesced) in fresh)
                {
                    await WriteOrStallAsync(coalesced ? change.CoalescedMessage() : change.Message);
                    sent = change.Version;
                }
            }
        }
        finally
        {
            feed.Unsubscribe(subscriber);
        }

        // A client that takes no message for the stall timeout is ended by the feed's sweep.
        async Task WriteOrStallAsync(V1.WatchIndicatorsResponse message)
        {
            subscriber.Writing(time.GetUtcNow());
            var write = responseStream.WriteAsync(message);
            await Task.WhenAny(write, subscriber.Ended);
            ThrowIfEnded();
            await write;
            subscriber.Written();
        }

        void ThrowIfEnded()
        {
            if (subscriber.Ended.IsCompleted)
            {
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    "The stream was not read for longer than the stall timeout; resume with the last version received."));
            }
        }
    }

    private async Task<long> BackFillAsync(
        long resumeVersion, IReadOnlySet<string> codes, StreamSubscriber subscriber,
        Func<V1.WatchIndicatorsResponse, Task> write, CancellationToken cancellationToken)
    {
        if (resumeVersion > 0)
        {
            var after = resumeVersion;
            var batch = await ReadAsync(session => stream.ChangesAfterAsync(session, after, BackFillBatch), cancellationToken);
            if (batch.Continues(after))
            {
                while (true)
                {
                    foreach (var change in batch.Changes.Where(subscriber.Follows))
                    {
                        await write(change.Message);
                    }

                    after = batch.Changes.Count > 0 ? batch.Changes[^1].Version : after;
                    if (batch.Changes.Count < BackFillBatch)
                    {
                        return after;
                    }

                    batch = await ReadAsync(session => stream.ChangesAfterAsync(session, after, BackFillBatch), cancellationToken);
                    if (!batch.Continues(after))
                    {
                        break;   // pruned under the back-fill: start over with a reset
                    }
                }
            }

            await write(new V1.WatchIndicatorsResponse { Reset = new V1.Reset { OldestKeptVersion = batch.OldestKept } });
        }

        var (values, version) = await ReadAsync(
            session => stream.SnapshotAsync(session, codes, subscriber.PublishedOnly, subscriber.Disaggregation), cancellationToken);
        var snapshot = new V1.Snapshot { Version = version };
        snapshot.Values.AddRange(values.Select(v => v.ToWire(coalesced: false)));
        await write(new V1.WatchIndicatorsResponse { Snapshot = snapshot });
        return version;
    }

    // Each read gives its connection back before anything is written: a client that does not take
    // its back-fill must not hold one of the pool's connections while its write waits.
    private async Task<T> ReadAsync<T>(Func<IDbSession, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var session = await ReadSession.OpenAsync(connections, cancellationToken);
        return await read(session);
    }
}
