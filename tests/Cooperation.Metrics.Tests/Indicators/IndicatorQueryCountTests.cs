using MassTransit;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Tests.Infrastructure;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Indicators;

/// <summary>ListIndicators runs the same few commands however many indicators there are.</summary>
public sealed class IndicatorQueryCountTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    [Fact]
    public async Task Listing_few_or_many_indicators_runs_the_same_number_of_commands()
    {
        var client = new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel);
        await client.ListIndicatorsAsync(new V1.ListIndicatorsRequest());   // warm up: token keys, pools
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));

        var few = await client.ListIndicatorsAsync(new V1.ListIndicatorsRequest());
        var fewCommands = counter.Count;

        for (var i = 0; i < 25; i++)
        {
            var measure = new SuccessMeasureDefined
            {
                MeasureId = Guid.NewGuid(), CriterionId = Guid.NewGuid(), Name = $"Measure {i}", Unit = "items",
                Baseline = 0, Target = 5, Period = "quarterly", Direction = "increase",
            };
            await factory.Harness.Bus.Publish(measure, c => c.MessageId = measure.EventId);
        }

        await Eventually.UntilAsync(
            async () => (await client.ListIndicatorsAsync(new V1.ListIndicatorsRequest())).Indicators.Count,
            n => n >= few.Indicators.Count + 25, "25 more indicators");
        await factory.Harness.InactivityTask;

        counter.Reset();
        var many = await client.ListIndicatorsAsync(new V1.ListIndicatorsRequest());
        Assert.True(many.Indicators.Count >= 20 + few.Indicators.Count);
        Assert.Equal(fewCommands, counter.Count);
        Assert.InRange(counter.Count, 1, 3);
    }
}
