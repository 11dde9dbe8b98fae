using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Cooperation.Contracts.Messages;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Telemetry;
using Cooperation.Metrics.Tests.Infrastructure;
using Cooperation.Metrics.Tests.Observations;

namespace Cooperation.Metrics.Tests.Telemetry;

/// <summary>
/// The current values as OpenTelemetry measurements, read with a <see cref="MeterListener"/>. Other
/// test classes' hosts report under the same meter name, so each assertion picks its own agency key.
/// </summary>
public sealed class IndicatorGaugesTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task A_committed_change_is_reported_with_the_indicator_code_the_period_and_its_disaggregation_keys()
    {
        _ = factory.Services;   // start the host, so its meter exists before the listener looks
        var agency = Guid.NewGuid();
        using var listener = Listen(out var seen);

        await factory.PublishTwiceAsync(new CascadeDelivered
        {
            CascadeSessionId = Guid.NewGuid(), CommitmentId = Guid.NewGuid(), OfficialId = Guid.NewGuid(), AgencyId = agency,
            Participant = ParticipantCodes.Bulgaria, DeliveredOn = new DateOnly(2061, 5, 5), AudienceCount = 17,
        });

        var reach = await Eventually.UntilAsync(() =>
        {
            seen.Clear();
            listener.RecordObservableInstruments();
            return Task.FromResult(seen.Where(m => Tag(m, "agency") == agency.ToString("D") && Tag(m, "indicator.code") == TrainingIndicators.CascadeReach).ToList());
        }, found => found.Count == 1, "the cascade's reach in the gauges");

        Assert.Equal(17, reach[0].Value);
        Assert.Equal("2061-Q2", Tag(reach[0], "indicator.period"));
        seen.Clear();
        listener.RecordObservableInstruments();
        Assert.Contains(seen, m => Tag(m, "indicator.code") == TrainingIndicators.CascadeReach && Tag(m, "participant") == "BG" && m.Value >= 17);
        Assert.Contains(seen, m => Tag(m, "indicator.code") == TrainingIndicators.CascadeReach && m.Tags.All(t => t.Key.StartsWith("indicator.", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Scrapes_read_the_snapshot_and_not_the_database()
    {
        _ = factory.Services;
        await factory.Harness.InactivityTask;
        using var listener = Listen(out var seen);
        listener.RecordObservableInstruments();   // warm up

        // A refresh after a late commit may coincide with the scrapes; a query per scrape would be hundreds.
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));
        for (var i = 0; i < 200; i++)
        {
            listener.RecordObservableInstruments();
        }

        Assert.InRange(counter.Count, 0, 1);
        Assert.False(Gauges.IsEmpty, "the listener follows the gauge");
    }

    private static string? Tag(Reading reading, string key) => reading.Tags.FirstOrDefault(t => t.Key == key).Value?.ToString();

    private ConcurrentBag<Instrument> Gauges { get; } = [];

    private MeterListener Listen(out ConcurrentBag<Reading> seen)
    {
        var readings = new ConcurrentBag<Reading>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IndicatorGauges.MeterName && instrument.Name == IndicatorGauges.GaugeName)
                {
                    Gauges.Add(instrument);
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => readings.Add(new Reading(value, tags.ToArray())));
        listener.Start();
        seen = readings;
        return listener;
    }

    private sealed record Reading(double Value, KeyValuePair<string, object?>[] Tags);
}
