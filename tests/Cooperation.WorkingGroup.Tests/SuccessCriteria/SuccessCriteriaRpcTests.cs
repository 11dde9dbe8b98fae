using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.SuccessCriteria;

/// <summary>
/// The tests share one service: each defines its own criteria and looks only at those and their
/// events. Moving the clock forward only orders a test's own criteria; nothing else here reads the time.
/// </summary>
public sealed class SuccessCriteriaRpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly V1.SuccessCriteriaService.SuccessCriteriaServiceClient _client = new(factory.Channel);

    private async Task<V1.SuccessCriterion> CriterionAsync(string title = "Faster information sharing", string areaId = "") =>
        (await _client.DefineSuccessCriterionAsync(new V1.DefineSuccessCriterionRequest
        {
            Title = title, Description = "¶4a: volume and speed of sharing", CooperationAreaId = areaId,
        })).SuccessCriterion;

    private static V1.DefineSuccessMeasureRequest Measure(string criterionId) => new()
    {
        SuccessCriterionId = criterionId,
        Name = "Days from alert to partner",
        Unit = "days",
        Baseline = 10,
        Target = 2.5,
        Period = V1.MeasurePeriod.Quarterly,
        Direction = V1.MeasureDirection.Decrease,
    };

    private async Task<V1.CooperationArea> AreaAsync()
    {
        var request = new V1.IdentifyCooperationAreaRequest { Title = "Information sharing", Description = "¶4a" };
        request.Tags.Add(TypeV1.CooperationAreaTag.InformationSharing);
        return (await new V1.CooperationAreasService.CooperationAreasServiceClient(factory.Channel).IdentifyCooperationAreaAsync(request)).CooperationArea;
    }

    [Fact]
    public async Task DefineSuccessCriterion_returns_the_stored_criterion_with_its_area()
    {
        var area = await AreaAsync();

        var criterion = await CriterionAsync(areaId: area.Id);

        Assert.Equal((area.Id, 0), (criterion.CooperationAreaId, criterion.Measures.Count));
        Assert.Equal(criterion, (await _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest { SuccessCriterionId = criterion.Id })).SuccessCriterion);
    }

    [Fact]
    public async Task DefineSuccessCriterion_validates_fields_and_knows_the_area()
    {
        await RpcAssert.InvalidArgumentAsync("title", () => _client.DefineSuccessCriterionAsync(
            new V1.DefineSuccessCriterionRequest { Description = "d" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("cooperation_area_id", () => _client.DefineSuccessCriterionAsync(
            new V1.DefineSuccessCriterionRequest { Title = "t", Description = "d", CooperationAreaId = "nope" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => CriterionAsync(areaId: Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task DefineSuccessMeasure_returns_the_stored_measure_and_announces_it_once()
    {
        var criterion = await CriterionAsync();

        var measure = (await _client.DefineSuccessMeasureAsync(Measure(criterion.Id))).SuccessMeasure;

        Assert.Equal((10d, 2.5d, V1.MeasureDirection.Decrease), (measure.Baseline, measure.Target, measure.Direction));
        var read = (await _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest { SuccessCriterionId = criterion.Id })).SuccessCriterion;
        Assert.Equal([measure], read.Measures);
        var announced = Assert.Single(await AnnouncedForAsync(criterion.Id));
        Assert.Equal((Guid.Parse(measure.Id), 10m, 2.5m, "quarterly", "decrease"),
            (announced.MeasureId, announced.Baseline, announced.Target, announced.Period, announced.Direction));
    }

    [Fact]
    public async Task DefineSuccessMeasure_with_a_target_on_the_wrong_side_of_the_baseline_names_target_and_announces_nothing()
    {
        var criterion = await CriterionAsync();
        var request = Measure(criterion.Id);
        request.Target = 12;

        await RpcAssert.InvalidArgumentAsync("target", () => _client.DefineSuccessMeasureAsync(request).ResponseAsync);
        Assert.Empty(await AnnouncedForAsync(criterion.Id));
    }

    [Theory]
    [InlineData("success_criterion_id")]
    [InlineData("name")]
    [InlineData("unit")]
    [InlineData("baseline")]
    [InlineData("period")]
    [InlineData("direction")]
    public async Task DefineSuccessMeasure_with_a_missing_or_malformed_field_names_it(string field)
    {
        var request = Measure(Guid.NewGuid().ToString());
        switch (field)
        {
            case "success_criterion_id": request.SuccessCriterionId = ""; break;
            case "name": request.Name = ""; break;
            case "unit": request.Unit = new string('u', 51); break;
            case "baseline": request.Baseline = double.NaN; break;
            case "period": request.Period = V1.MeasurePeriod.Unspecified; break;
            default: request.Direction = V1.MeasureDirection.Unspecified; break;
        }

        await RpcAssert.InvalidArgumentAsync(field, () => _client.DefineSuccessMeasureAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task DefineSuccessMeasure_for_an_unknown_criterion_is_not_found() =>
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => _client.DefineSuccessMeasureAsync(Measure(Guid.NewGuid().ToString())).ResponseAsync);

    [Fact]
    public async Task UpdateSuccessMeasure_stores_the_change_and_announces_it_again()
    {
        var criterion = await CriterionAsync();
        var defined = (await _client.DefineSuccessMeasureAsync(Measure(criterion.Id))).SuccessMeasure;
        factory.Clock.Advance(TimeSpan.FromDays(1));

        var updated = (await _client.UpdateSuccessMeasureAsync(new V1.UpdateSuccessMeasureRequest
        {
            SuccessMeasureId = defined.Id, Name = "Alerts shared", Unit = "alerts", Baseline = 40, Target = 120,
            Period = V1.MeasurePeriod.HalfYearly, Direction = V1.MeasureDirection.Increase,
        })).SuccessMeasure;

        Assert.Equal((defined.Id, "Alerts shared", 120d, defined.DefinedAt), (updated.Id, updated.Name, updated.Target, updated.DefinedAt));
        Assert.True(updated.UpdatedAt.ToDateTimeOffset() > defined.UpdatedAt.ToDateTimeOffset());
        Assert.Equal([updated], (await _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest { SuccessCriterionId = criterion.Id })).SuccessCriterion.Measures);
        var announced = await AnnouncedForAsync(criterion.Id);
        Assert.Equal([2.5m, 120m], announced.Select(e => e.Target));
        Assert.Equal("half_yearly", announced[1].Period);
    }

    [Fact]
    public async Task UpdateSuccessMeasure_of_an_unknown_measure_is_not_found_and_a_wrong_target_names_target()
    {
        var request = new V1.UpdateSuccessMeasureRequest
        {
            SuccessMeasureId = Guid.NewGuid().ToString(), Name = "n", Unit = "u", Baseline = 1, Target = 2,
            Period = V1.MeasurePeriod.Annually, Direction = V1.MeasureDirection.Increase,
        };
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => _client.UpdateSuccessMeasureAsync(request).ResponseAsync);

        request.Target = 0;
        await RpcAssert.InvalidArgumentAsync("target", () => _client.UpdateSuccessMeasureAsync(request).ResponseAsync);
        request.SuccessMeasureId = "";
        await RpcAssert.InvalidArgumentAsync("success_measure_id", () => _client.UpdateSuccessMeasureAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task GetSuccessCriterion_of_an_unknown_criterion_is_not_found_and_a_malformed_id_is_invalid()
    {
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => _client.GetSuccessCriterionAsync(
            new V1.GetSuccessCriterionRequest { SuccessCriterionId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("success_criterion_id",
            () => _client.GetSuccessCriterionAsync(new V1.GetSuccessCriterionRequest()).ResponseAsync);
    }

    [Fact]
    public async Task ListSuccessCriteria_filters_by_area_pages_and_carries_measures()
    {
        var run = Guid.NewGuid().ToString("N");
        var area = await AreaAsync();
        var first = await CriterionAsync($"First {run}", area.Id);
        await _client.DefineSuccessMeasureAsync(Measure(first.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await CriterionAsync($"Second {run}");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await CriterionAsync($"Third {run}", area.Id);
        List<string> Mine(IEnumerable<V1.SuccessCriterion> criteria) =>
            criteria.Where(c => c.Title.EndsWith(run, StringComparison.Ordinal)).Select(c => c.Title.Split(' ')[0]).ToList();

        var ofArea = await _client.ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest { CooperationAreaId = area.Id });
        var paged = await ListAllAsync(2);

        Assert.Equal(["First", "Third"], ofArea.SuccessCriteria.Select(c => c.Title.Split(' ')[0]));
        Assert.Single(ofArea.SuccessCriteria[0].Measures);
        Assert.Equal(["First", "Second", "Third"], Mine(paged));
        Assert.Equal(paged.Count, paged.Select(c => c.Id).Distinct().Count());
        await RpcAssert.InvalidArgumentAsync("cooperation_area_id", () => _client.ListSuccessCriteriaAsync(
            new V1.ListSuccessCriteriaRequest { CooperationAreaId = "bad" }).ResponseAsync);
    }

    /// <summary>The measure events of one criterion, oldest first.</summary>
    private async Task<List<SuccessMeasureDefined>> AnnouncedForAsync(string criterionId) =>
        (await OutboxAssert.AllAsync<SuccessMeasureDefined>(factory)).Where(e => e.CriterionId == Guid.Parse(criterionId)).ToList();

    /// <summary>Every listed criterion, page by page with <paramref name="pageSize"/>.</summary>
    private async Task<List<V1.SuccessCriterion>> ListAllAsync(int pageSize, string areaId = "")
    {
        var all = new List<V1.SuccessCriterion>();
        var token = "";
        do
        {
            var page = await _client.ListSuccessCriteriaAsync(new V1.ListSuccessCriteriaRequest { PageSize = pageSize, PageToken = token, CooperationAreaId = areaId });
            Assert.InRange(page.SuccessCriteria.Count, 0, pageSize);
            all.AddRange(page.SuccessCriteria);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        return all;
    }
}
