using Xunit.Abstractions;
using Cooperation.WorkingGroup.Tests.CooperationAreas;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.SuccessCriteria;

/// <summary>A list or get of criteria runs the same few commands whatever the page size or the number of measures.</summary>
public sealed class SuccessCriteriaQueryCountTests(WorkingGroupServiceFactory factory, ITestOutputHelper output) : IClassFixture<WorkingGroupServiceFactory>
{
    private const int Many = 20;
    private const int MaxCommands = 3;

    private readonly V1.SuccessCriteriaService.SuccessCriteriaServiceClient _client = new(factory.Channel);

    private async Task<V1.SuccessCriterion> CriterionWithMeasuresAsync(string title, int measures)
    {
        var criterion = (await _client.DefineSuccessCriterionAsync(
            new V1.DefineSuccessCriterionRequest { Title = title, Description = "counted" })).SuccessCriterion;
        for (var i = 0; i < measures; i++)
        {
            await _client.DefineSuccessMeasureAsync(new V1.DefineSuccessMeasureRequest
            {
                SuccessCriterionId = criterion.Id, Name = $"Measure {i}", Unit = "alerts", Baseline = 1, Target = 2,
                Period = V1.MeasurePeriod.Quarterly, Direction = V1.MeasureDirection.Increase,
            });
        }

        return criterion;
    }

    [Fact]
    public async Task ListSuccessCriteria_runs_as_many_commands_for_a_page_of_one_as_for_a_page_of_many()
    {
        for (var i = 0; i < Many; i++)
        {
            await CriterionWithMeasuresAsync($"Listed {i}", 2);
        }

        var one = await CommandCount.OfAsync(factory, async () =>
            Assert.Single((await _client.ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest { PageSize = 1 })).SuccessCriteria));
        var many = await CommandCount.OfAsync(factory, async () =>
            Assert.Equal(Many, (await _client.ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest { PageSize = Many })).SuccessCriteria.Count));

        output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }

    [Fact]
    public async Task GetSuccessCriterion_runs_as_many_commands_for_one_measure_as_for_many()
    {
        var single = await CriterionWithMeasuresAsync("One measure", 1);
        var measured = await CriterionWithMeasuresAsync("Many measures", Many);

        var one = await CommandCount.OfAsync(factory, () =>
            _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest { SuccessCriterionId = single.Id }).ResponseAsync);
        var many = await CommandCount.OfAsync(factory, async () => Assert.Equal(Many,
            (await _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest { SuccessCriterionId = measured.Id })).SuccessCriterion.Measures.Count));

        output.WriteLine($"commands: {one} for one, {many} for many");
        Assert.Equal(one, many);
        Assert.InRange(many, 1, MaxCommands);
    }
}
