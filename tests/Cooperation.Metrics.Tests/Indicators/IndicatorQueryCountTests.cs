using MassTransit;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Tests.Infrastructure;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Indicators;

/// <summary>ListIndicators pages through every indicator and runs the same few commands whatever the page size.</summary>
public sealed class IndicatorQueryCountTests(MetricsServiceFactory factory) : IClassFixture<MetricsServiceFactory>
{
    private V1.IndicatorsService.IndicatorsServiceClient Client => new(factory.Channel);

    [Fact]
    public async Task A_page_of_one_and_a_page_of_many_run_the_same_number_of_commands()
    {
        await DefineMeasuresAsync(25);
        await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest());   // warm up: token keys, pools
        using var counter = new DbCommandCounter(DbCommandCounter.DatabaseOf(factory.ConnectionString));

        var one = await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 1 });
        var oneCommands = counter.Count;
        counter.Reset();
        var many = await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 });

        Assert.Single(one.Indicators);
        Assert.True(many.Indicators.Count >= 25 + 7);
        Assert.Equal(oneCommands, counter.Count);
        Assert.InRange(counter.Count, 1, 3);
    }

    [Fact]
    public async Task Paging_returns_every_indicator_once_in_order_and_the_last_page_has_no_token()
    {
        await DefineMeasuresAsync(3);
        var all = (await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 })).Indicators.Select(i => i.Id).ToList();

        var paged = new List<string>();
        var token = "";
        do
        {
            var page = await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 7, PageToken = token });
            Assert.InRange(page.Indicators.Count, 0, 7);
            paged.AddRange(page.Indicators.Select(i => i.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.Equal(all, paged);
        Assert.Empty((await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 })).NextPageToken);
    }

    [Fact]
    public async Task A_negative_page_size_and_a_foreign_token_name_their_fields()
    {
        await RpcAssert.InvalidArgumentAsync("page_size", async () => await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = -1 }));
        await RpcAssert.InvalidArgumentAsync("page_token", async () => await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageToken = "not-a-token" }));
    }

    private async Task DefineMeasuresAsync(int count)
    {
        var before = (await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 })).Indicators.Count;
        for (var i = 0; i < count; i++)
        {
            var measure = new SuccessMeasureDefined
            {
                MeasureId = Guid.NewGuid(), CriterionId = Guid.NewGuid(), Name = $"Measure {i}", Unit = "items",
                Baseline = 0, Target = 5, Period = "quarterly", Direction = "increase",
            };
            await factory.Harness.Bus.Publish(measure, c => c.MessageId = measure.EventId);
        }

        await Eventually.UntilAsync(
            async () => (await Client.ListIndicatorsAsync(new V1.ListIndicatorsRequest { PageSize = 200 })).Indicators.Count,
            n => n >= before + count, $"{count} more indicators");
    }
}
