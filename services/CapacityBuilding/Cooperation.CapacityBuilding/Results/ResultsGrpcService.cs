using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Results;

/// <summary>The results' RPCs: validate, hold the project at the version read, apply the rule, save, announce, audit, answer.</summary>
internal sealed class ResultsGrpcService(
    IDbConnectionFactory connections,
    ProjectRepository projects,
    ProjectWrites writes,
    ResultRepository results,
    TimeProvider clock) : V1.ResultsService.ResultsServiceBase
{
    private const int MaxIndicators = 20;

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.AddResultResponse> AddResult(V1.AddResultRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var level = validator.RequireEnum<V1.ResultLevel, ResultLevel>(request.Level, "level");
        validator.RequireText(request.Title, "title", 300);
        validator.Require(request.Indicators.Count is > 0 and <= MaxIndicators, "indicators", $"must have between 1 and {MaxIndicators} indicators");
        var indicators = new List<Indicator>();
        for (var i = 0; i < request.Indicators.Count; i++)
        {
            var input = request.Indicators[i];
            validator.RequireText(input.Title, $"indicators[{i}].title", 300);
            validator.RequireText(input.Unit, $"indicators[{i}].unit", 50);
            validator.Require(ResultsWire.TryParse(input.Baseline, out var baseline), $"indicators[{i}].baseline", "must be a decimal such as 12 or 0.5");
            validator.Require(ResultsWire.TryParse(input.Target, out var target), $"indicators[{i}].target", "must be a decimal such as 12 or 0.5");
            indicators.Add(new Indicator(Guid.NewGuid(), input.Title.Trim(), input.Unit.Trim(), input.Ascending, baseline, target));
        }

        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var result = new Result(Guid.NewGuid(), projectId, level!.Value, request.Title.Trim(), indicators);
        await results.InsertAsync(write.UnitOfWork, result, clock.GetUtcNow());
        write.UnitOfWork.Audit(AuditAction.Create, ResultsAudit.Result, result.Id, ["level", "title", "indicators"]);
        await write.CommitAsync();
        return new V1.AddResultResponse { Result = ResultsWire.ToWire(result), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ManageProjects)]
    public override async Task<V1.ReportActualResponse> ReportActual(V1.ReportActualRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = ReadProject(validator, request.ProjectId, request.ProjectVersion);
        var resultId = validator.RequireId(request.ResultId, "result_id");
        var indicatorId = validator.RequireId(request.IndicatorId, "indicator_id");
        var start = validator.RequireDate(request.PeriodStart, "period_start");
        var end = validator.RequireDate(request.PeriodEnd, "period_end");
        validator.Require(end >= start, "period_end", "must be on or after period_start");
        validator.Require(ResultsWire.TryParse(request.Value, out var value), "value", "must be a decimal such as 12 or 0.5");
        validator.ThrowIfInvalid();

        await using var write = await writes.BeginAsync(context, projectId, request.ProjectVersion);
        var result = await results.GetAsync(write.UnitOfWork, projectId, resultId);
        var indicator = result.Indicator(indicatorId);
        var actual = indicator.Report(start, end, value);
        await results.InsertActualAsync(write.UnitOfWork, indicator.Id, actual);
        write.UnitOfWork.Publish(new ResultReported
        {
            ProjectId = projectId, ResultId = result.Id, LeadAgencyId = write.Project.LeadAgencyId,
            Level = StoredEnums.ToStored(result.Level), IndicatorTitle = indicator.Title, Unit = indicator.Unit, Ascending = indicator.Ascending,
            PeriodStart = start, PeriodEnd = end, Baseline = indicator.Baseline, Target = indicator.Target, Actual = value,
        });
        write.UnitOfWork.Audit(AuditAction.Update, ResultsAudit.Indicator, indicator.Id, ["actuals"]);
        await write.CommitAsync();
        return new V1.ReportActualResponse { Result = ResultsWire.ToWire(result), ProjectVersion = write.Project.Version };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListResultsResponse> ListResults(V1.ListResultsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var projectId = validator.RequireId(request.ProjectId, "project_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await projects.GetAsync(session, projectId);
        var response = new V1.ListResultsResponse();
        response.Results.AddRange((await results.ListAsync(session, projectId)).Select(ResultsWire.ToWire));
        return response;
    }

    private static Guid ReadProject(Validator validator, string projectId, long version)
    {
        var id = validator.RequireId(projectId, "project_id");
        validator.Require(version > 0, "project_version", "is required: the project version the caller read");
        return id;
    }
}
