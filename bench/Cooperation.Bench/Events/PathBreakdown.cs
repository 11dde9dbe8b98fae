using Cooperation.Bench.Common;

namespace Cooperation.Bench.Events;

/// <summary>
/// The service path cut at its marks, per event: each segment's latencies from one mark to the
/// next. The segments of the critical path follow each other, so per event they add up to the
/// total (commit → effect committed); the stamp runs beside the consumer and is shown apart.
/// </summary>
internal sealed class PathBreakdown(PathMarks outbox, PathMarks inbox, BrokerTap tap, IReadOnlyCollection<string> ids)
{
    /// <summary>The events that passed every mark.</summary>
    public IReadOnlyList<string> Complete => [.. ids.Where(id =>
        outbox.Of("committed").ContainsKey(id) && outbox.Of("claimed").ContainsKey(id) && tap.Arrivals.ContainsKey(id)
        && outbox.Of("stamped").ContainsKey(id) && inbox.Of("applied").ContainsKey(id))];

    public IEnumerable<(string Segment, bool OnCriticalPath, Percentiles Latency)> Segments()
    {
        var complete = Complete;
        (string, bool, Percentiles) Segment(string name, bool critical, Func<string, long> from, Func<string, long> to) =>
            (name, critical, new Percentiles(complete.Select(id => TimeSpan.FromTicks(to(id) - from(id)).TotalMilliseconds)));

        long Committed(string id) => outbox.Of("committed")[id].Committed;
        long ClaimRan(string id) => outbox.Of("claimed")[id].Ran;
        long ClaimCommitted(string id) => outbox.Of("claimed")[id].Committed;
        long AtBroker(string id) => tap.Arrivals[id];
        long StampRan(string id) => outbox.Of("stamped")[id].Ran;
        long StampCommitted(string id) => outbox.Of("stamped")[id].Committed;
        long InboxRan(string id) => inbox.Of("applied")[id].Ran;
        long Applied(string id) => inbox.Of("applied")[id].Committed;

        yield return Segment("Change committed → relay's claim runs (wake-up, connection)", true, Committed, ClaimRan);
        yield return Segment("Claim runs → claim committed", true, ClaimRan, ClaimCommitted);
        yield return Segment("Claim committed → routed by the broker (deserialise, MassTransit publish, socket)", true, ClaimCommitted, AtBroker);
        yield return Segment("Routed → inbox row inserted (queue commit, delivery, MassTransit receive, inbox filters, unit of work)", true, AtBroker, InboxRan);
        yield return Segment("Inbox row inserted → effect committed (the consumer's statements, commit)", true, InboxRan, Applied);
        yield return Segment("Total: change committed → effect committed", true, Committed, Applied);
        yield return Segment("Beside it: routed → stamp runs (confirm, connection)", false, AtBroker, StampRan);
        yield return Segment("Beside it: stamp runs → stamp committed", false, StampRan, StampCommitted);
    }
}
