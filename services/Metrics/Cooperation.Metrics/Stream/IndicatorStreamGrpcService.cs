using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// WatchIndicators: subscribes first (so nothing committed meanwhile is missed), then back-fills
/// from the database — a snapshot, or the changes after the resume version, or a reset and a
/// snapshot when those are no longer kept — and then forwards the feed, skipping any version
/// already sent, so a client sees every version once.
/// </summary>
internal sealed class IndicatorStreamGrpcService(
    IndicatorChangeFeed feed, StreamRepository stream, IndicatorRepository indicators,
    IDbConnectionFactory connections, IOptions<StreamOptions> options)
    : V1.IndicatorStreamService.IndicatorStreamServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task WatchIndicators(
        V1.WatchIndicatorsRequest request, IServerStreamWriter<V1.WatchIndicatorsResponse> responseStream, ServerCallContext context)
    {
        var validator = new Validator();
        validator.Require(request.ResumeVersion >= 0, "resume_version", "must not be negative");
        var codes = request.IndicatorIds.Select((c, i) => validator.RequireCode(c, $"indicator_ids[{i}]")).ToHashSet();
        validator.ThrowIfInvalid();

        var subscriber = feed.Subscribe(codes);
        try
        {
            long sent;
            await using (var session = await ReadSession.OpenAsync(connections, context.CancellationToken))
            {
                foreach (var code in codes)
                {
                    await indicators.GetAsync(session, code);   // NotFound names an unknown indicator
                }

                sent = await BackFillAsync(session, request.ResumeVersion, codes, subscriber, responseStream);
            }

            while (!context.CancellationToken.IsCancellationRequested)
            {
                var taken = await subscriber.TakeAsync(options.Value.HeartbeatInterval, context.CancellationToken);
                ThrowIfEnded();
                var fresh = taken.Where(t => t.Value.Version > sent).ToList();
                if (fresh.Count == 0)
                {
                    await WriteOrStallAsync(new V1.WatchIndicatorsResponse { Heartbeat = new V1.Heartbeat { Version = Math.Max(sent, feed.Version) } });
                    continue;
                }

                foreach (var (value, coalesced) in fresh)
                {
                    await WriteOrStallAsync(new V1.WatchIndicatorsResponse { Change = ToChange(value, coalesced) });
                    sent = value.Version;
                }
            }
        }
        finally
        {
            feed.Unsubscribe(subscriber);
        }

        async Task WriteOrStallAsync(V1.WatchIndicatorsResponse message)
        {
            var write = responseStream.WriteAsync(message);
            await Task.WhenAny(write, subscriber.Ended);
            ThrowIfEnded();
            await write;
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
        IDbSession session, long resumeVersion, IReadOnlySet<string> codes, StreamSubscriber subscriber,
        IServerStreamWriter<V1.WatchIndicatorsResponse> responseStream)
    {
        if (resumeVersion > 0)
        {
            var oldest = await stream.OldestKeptAsync(session);
            if (resumeVersion >= oldest - 1)
            {
                var after = resumeVersion;
                IReadOnlyList<IndicatorValue> missed;
                do
                {
                    missed = await stream.ChangesAfterAsync(session, after, 500);
                    foreach (var change in missed.Where(c => subscriber.Follows(c.IndicatorCode)))
                    {
                        await responseStream.WriteAsync(new V1.WatchIndicatorsResponse { Change = ToChange(change, false) });
                    }

                    after = missed.Count > 0 ? missed[^1].Version : after;
                }
                while (missed.Count == 500);
                return after;
            }

            await responseStream.WriteAsync(new V1.WatchIndicatorsResponse { Reset = new V1.Reset { OldestKeptVersion = oldest } });
        }

        var (values, version) = await stream.SnapshotAsync(session, [.. codes]);
        var snapshot = new V1.Snapshot { Version = version };
        snapshot.Values.AddRange(values.Select(v => ToChange(v, false)));
        await responseStream.WriteAsync(new V1.WatchIndicatorsResponse { Snapshot = snapshot });
        return version;
    }

    private static V1.IndicatorChange ToChange(IndicatorValue value, bool coalesced) => new()
    {
        IndicatorId = value.IndicatorCode,
        Value = IndicatorWire.ToWire(value),
        Coalesced = coalesced,
    };
}
