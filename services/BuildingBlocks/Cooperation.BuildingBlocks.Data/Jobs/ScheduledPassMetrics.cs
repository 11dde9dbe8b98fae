using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Cooperation.BuildingBlocks.Data.Jobs;

/// <summary>
/// The scheduled passes' instruments on the <c>Cooperation.Jobs</c> meter, tagged with each job's
/// name: how many passes ran and how they ended, and when each job last got through a pass. A
/// dashboard alerts on the second: a retention or breach job whose last success grows old is a
/// rule of the statement no longer enforced, whatever the cause.
/// </summary>
public sealed class ScheduledPassMetrics
{
    public const string MeterName = "Cooperation.Jobs";

    private readonly Counter<long> _passes;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSuccess = new();

    public ScheduledPassMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _passes = meter.CreateCounter<long>(
            "cooperation.jobs.passes", "{pass}", "Scheduled passes run, by job and outcome (succeeded or failed).");
        meter.CreateObservableGauge(
            "cooperation.jobs.last_success", ObserveLastSuccess, "s",
            "The instant, in Unix seconds on the service's clock, as of which each job's last successful pass ran.");
    }

    public void Succeeded(string job, DateTimeOffset asOf)
    {
        _lastSuccess[job] = asOf;
        _passes.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "succeeded"));
    }

    public void Failed(string job) =>
        _passes.Add(1, new KeyValuePair<string, object?>("job", job), new KeyValuePair<string, object?>("outcome", "failed"));

    private IEnumerable<Measurement<double>> ObserveLastSuccess() =>
        _lastSuccess.Select(pair => new Measurement<double>(
            pair.Value.ToUnixTimeMilliseconds() / 1000.0, new KeyValuePair<string, object?>("job", pair.Key)));
}
