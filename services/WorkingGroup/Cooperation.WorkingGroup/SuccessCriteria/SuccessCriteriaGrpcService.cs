using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.SuccessCriteria;

internal sealed class SuccessCriteriaGrpcService(
    SuccessCriteriaRepository criteria, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.SuccessCriteriaService.SuccessCriteriaServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.DefineSuccessCriterionResponse> DefineSuccessCriterion(
        V1.DefineSuccessCriterionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.RequireText(request.Title, "title", SuccessCriterion.MaxTitleLength);
        validator.RequireText(request.Description, "description", SuccessCriterion.MaxDescriptionLength);
        var areaId = validator.OptionalId(request.CooperationAreaId, "cooperation_area_id");
        validator.ThrowIfInvalid();

        var criterion = SuccessCriterion.Define(request.Title.Trim(), request.Description.Trim(), areaId, time.GetUtcNow());
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await criteria.AddCriterionAsync(unitOfWork, criterion);
        unitOfWork.Audit(AuditAction.Create, SuccessCriteriaAudit.SuccessCriterion, criterion.Id, SuccessCriteriaAudit.CriterionFields);
        await unitOfWork.CommitAsync();
        return new V1.DefineSuccessCriterionResponse { SuccessCriterion = SuccessCriteriaWire.ToWire(criterion) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetSuccessCriterionResponse> GetSuccessCriterion(
        V1.GetSuccessCriterionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.SuccessCriterionId, "success_criterion_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetSuccessCriterionResponse { SuccessCriterion = SuccessCriteriaWire.ToWire(await criteria.GetCriterionAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListSuccessCriteriaResponse> ListSuccessCriteria(
        V1.ListSuccessCriteriaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var areaId = validator.OptionalId(request.CooperationAreaId, "cooperation_area_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await criteria.ListCriteriaAsync(session, areaId, page);
        var response = new V1.ListSuccessCriteriaResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.SuccessCriteria.AddRange(found.Select(SuccessCriteriaWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.DefineSuccessMeasureResponse> DefineSuccessMeasure(
        V1.DefineSuccessMeasureRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var criterionId = validator.RequireId(request.SuccessCriterionId, "success_criterion_id");
        var definition = ReadDefinition(
            validator, request.Name, request.Unit, request.Baseline, request.Target, request.Period, request.Direction);

        var measure = SuccessMeasure.Define(criterionId, definition, time.GetUtcNow());
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await criteria.AddMeasureAsync(unitOfWork, measure);
        unitOfWork.Publish(SuccessCriteriaWire.Defined(measure));
        unitOfWork.Audit(AuditAction.Create, SuccessCriteriaAudit.SuccessMeasure, measure.Id, SuccessCriteriaAudit.MeasureFields);
        await unitOfWork.CommitAsync();
        return new V1.DefineSuccessMeasureResponse { SuccessMeasure = SuccessCriteriaWire.ToWire(measure) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.UpdateSuccessMeasureResponse> UpdateSuccessMeasure(
        V1.UpdateSuccessMeasureRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var measureId = validator.RequireId(request.SuccessMeasureId, "success_measure_id");
        var definition = ReadDefinition(
            validator, request.Name, request.Unit, request.Baseline, request.Target, request.Period, request.Direction);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var measure = (await criteria.GetMeasureAsync(unitOfWork, measureId)).Redefine(definition, time.GetUtcNow());
        await criteria.UpdateMeasureAsync(unitOfWork, measure);
        unitOfWork.Publish(SuccessCriteriaWire.Defined(measure));
        unitOfWork.Audit(AuditAction.Update, SuccessCriteriaAudit.SuccessMeasure, measure.Id, SuccessCriteriaAudit.MeasureFields);
        await unitOfWork.CommitAsync();
        return new V1.UpdateSuccessMeasureResponse { SuccessMeasure = SuccessCriteriaWire.ToWire(measure) };
    }

    /// <summary>Reads and checks a measure's fields; throws InvalidArgument naming every bad field.</summary>
    private static MeasureDefinition ReadDefinition(
        Validator validator, string name, string unit, double baseline, double target,
        V1.MeasurePeriod period, V1.MeasureDirection direction)
    {
        validator.RequireText(name, "name", MeasureDefinition.MaxNameLength);
        validator.RequireText(unit, "unit", MeasureDefinition.MaxUnitLength);
        RequireAmount(validator, baseline, "baseline");
        RequireAmount(validator, target, "target");
        var domainPeriod = validator.RequireEnum<V1.MeasurePeriod, MeasurePeriod>(period, "period");
        var domainDirection = validator.RequireEnum<V1.MeasureDirection, MeasureDirection>(direction, "direction");
        validator.ThrowIfInvalid();

        return MeasureDefinition.Create(
            name.Trim(), unit.Trim(), (decimal)baseline, (decimal)target, domainPeriod!.Value, domainDirection!.Value);
    }

    private static void RequireAmount(Validator validator, double value, string field) =>
        validator.Require(double.IsFinite(value) && Math.Abs(value) <= MeasureDefinition.MaxMagnitude,
            field, $"must be a finite number no larger than {MeasureDefinition.MaxMagnitude:0} in magnitude");
}
