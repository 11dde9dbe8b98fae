using Cooperation.CapacityBuilding.Results;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Results;

public sealed class ResultsRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private static readonly Date H1Start = new() { Year = 2024, Month = 1, Day = 1 };
    private static readonly Date H1End = new() { Year = 2024, Month = 6, Day = 30 };

    private V1.ResultsService.ResultsServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task Reporting_an_actual_announces_it_with_its_baseline_and_target_for_the_metrics_service()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddResultAsync(NewResult(project));
        var indicator = added.Result.Indicators[0];

        var reported = await Client().ReportActualAsync(Actual(project.Id, added.ProjectVersion, added.Result.Id, indicator.Id, "42.5"));

        Assert.Equal("42.5", Assert.Single(reported.Result.Indicators[0].Actuals).Value);
        var announced = Assert.Single(await factory.OutboxAsync<ResultReported>(), e => e.ResultId.ToString() == added.Result.Id);
        Assert.Equal(("outcome", "Forged documents detected", 10m, 60m, 42.5m, true), (announced.Level, announced.IndicatorTitle, announced.Baseline, announced.Target, announced.Actual, announced.Ascending));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30)), (announced.PeriodStart, announced.PeriodEnd));
        var listed = Assert.Single((await Client(Personas.Analyst).ListResultsAsync(new V1.ListResultsRequest { ProjectId = project.Id })).Results);
        Assert.Equal(reported.Result, listed);
        await RpcAssert.FailedPreconditionAsync(ResultRules.OneActualPerIndicatorAndPeriod,
            () => Client().ReportActualAsync(Actual(project.Id, reported.ProjectVersion, added.Result.Id, indicator.Id, "50")).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(Cooperation.CapacityBuilding.Projects.ProjectRules.StaleVersion,
            () => Client().ReportActualAsync(Actual(project.Id, added.ProjectVersion, added.Result.Id, indicator.Id, "50")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ReportActualAsync(Actual(project.Id, reported.ProjectVersion, added.Result.Id, Guid.NewGuid().ToString(), "1")).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound,
            () => Client().ReportActualAsync(Actual(project.Id, reported.ProjectVersion, Guid.NewGuid().ToString(), indicator.Id, "1")).ResponseAsync);
    }

    [Fact]
    public async Task Result_calls_name_every_bad_field_and_refuse_other_agencies()
    {
        var bad = new V1.AddResultRequest { ProjectId = "x" };
        bad.Indicators.Add(new V1.IndicatorInput { Title = "", Unit = "", Baseline = "ten", Target = "" });
        foreach (var field in new[] { "project_id", "project_version", "level", "title", "indicators[0].title", "indicators[0].unit", "indicators[0].baseline", "indicators[0].target" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().AddResultAsync(bad).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("indicators", () => Client().AddResultAsync(new V1.AddResultRequest()).ResponseAsync);
        foreach (var field in new[] { "result_id", "indicator_id", "period_start", "value" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().ReportActualAsync(new V1.ReportActualRequest { ProjectId = Guid.NewGuid().ToString(), ProjectVersion = 1, Value = "x" }).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().ListResultsAsync(new V1.ListResultsRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ListResultsAsync(new V1.ListResultsRequest { ProjectId = Guid.NewGuid().ToString() }).ResponseAsync);
        var project = await ProjectRequests.CreatedAsync(factory);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.ResultsService.ResultsServiceClient(factory.ChannelFor(Personas.BgProjectLead)).AddResultAsync(NewResult(project)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).AddResultAsync(NewResult(project)).ResponseAsync);
    }

    private static V1.AddResultRequest NewResult(V1.Project project)
    {
        var request = new V1.AddResultRequest { ProjectId = project.Id, ProjectVersion = project.Version, Level = V1.ResultLevel.Outcome, Title = "Document fraud is detected at the border" };
        request.Indicators.Add(new V1.IndicatorInput { Title = "Forged documents detected", Unit = "documents per month", Ascending = true, Baseline = "10", Target = "60" });
        return request;
    }

    private static V1.ReportActualRequest Actual(string projectId, long version, string resultId, string indicatorId, string value) => new()
    {
        ProjectId = projectId, ProjectVersion = version, ResultId = resultId, IndicatorId = indicatorId, PeriodStart = H1Start, PeriodEnd = H1End, Value = value,
    };
}
