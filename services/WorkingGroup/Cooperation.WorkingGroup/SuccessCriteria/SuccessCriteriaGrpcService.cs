using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Agencies;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.SuccessCriteria;

internal sealed class SuccessCriteriaGrpcService(
    SuccessCriteriaRepository criteria, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.SuccessCriteriaService.SuccessCriteriaServiceBase
{
    private static readonly string[] MeasureFields = ["success_criterion_id", "name", "unit", "baseline", "target", "period", "direction"];

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.DefineSuccessCriterionResponse> DefineSuccessCriterion(
        V1.DefineSuccessCriterionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        validator.RequireText(request.Title, "title", SuccessCriterion.MaxTitleLength);
        validator.RequireText(request.Description, "description", SuccessCriterion.MaxDescriptionLength);
        var areaId = validator.OptionalId(request.CooperationAreaId, "cooperation_area_id");
        validator.ThrowIfInvalid();

        var criterion = new SuccessCriterion(
            Guid.NewGuid(), request.Title.Trim(), request.Description.Trim(), areaId, time.GetUtcNow(), []);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        await SuccessCriteriaRepository.AddCriterionAsync(unitOfWork, criterion, context.CancellationToken);
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "DefineSuccessCriterion", AuditAction.Create, "SuccessCriterion", criterion.Id.ToString())
        {
            Fields = ["title", "description", "cooperation_area_id"],
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.DefineSuccessCriterionResponse { SuccessCriterion = ToWire(criterion) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetSuccessCriterionResponse> GetSuccessCriterion(
        V1.GetSuccessCriterionRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.SuccessCriterionId, "success_criterion_id");
        validator.ThrowIfInvalid();

        var criterion = await criteria.FindCriterionAsync(id, context.CancellationToken)
            ?? throw new NotFoundException("success_criterion", request.SuccessCriterionId);
        return new V1.GetSuccessCriterionResponse { SuccessCriterion = ToWire(criterion) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListSuccessCriteriaResponse> ListSuccessCriteria(
        V1.ListSuccessCriteriaRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var areaId = validator.OptionalId(request.CooperationAreaId, "cooperation_area_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var found = await criteria.ListCriteriaAsync(areaId, page, context.CancellationToken);
        var response = new V1.ListSuccessCriteriaResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.SuccessCriteria.AddRange(found.Select(ToWire));
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

        var now = time.GetUtcNow();
        var measure = new SuccessMeasure(Guid.NewGuid(), criterionId, definition, now, now);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        await SuccessCriteriaRepository.AddMeasureAsync(unitOfWork, measure, context.CancellationToken);
        unitOfWork.Publish(Announce(measure));
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "DefineSuccessMeasure", AuditAction.Create, "SuccessMeasure", measure.Id.ToString())
        {
            Fields = MeasureFields,
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.DefineSuccessMeasureResponse { SuccessMeasure = ToWire(measure) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.UpdateSuccessMeasureResponse> UpdateSuccessMeasure(
        V1.UpdateSuccessMeasureRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var measureId = validator.RequireId(request.SuccessMeasureId, "success_measure_id");
        var definition = ReadDefinition(
            validator, request.Name, request.Unit, request.Baseline, request.Target, request.Period, request.Direction);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var existing = await SuccessCriteriaRepository.FindMeasureAsync(unitOfWork, measureId, context.CancellationToken)
            ?? throw new NotFoundException("success_measure", request.SuccessMeasureId);
        var measure = existing with { Definition = definition, UpdatedAt = time.GetUtcNow() };
        await SuccessCriteriaRepository.UpdateMeasureAsync(unitOfWork, measure, context.CancellationToken);
        unitOfWork.Publish(Announce(measure));
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "UpdateSuccessMeasure", AuditAction.Update, "SuccessMeasure", measure.Id.ToString())
        {
            Fields = MeasureFields,
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.UpdateSuccessMeasureResponse { SuccessMeasure = ToWire(measure) };
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

    private static SuccessMeasureDefined Announce(SuccessMeasure measure) => new()
    {
        OccurredAt = measure.UpdatedAt,
        MeasureId = measure.Id,
        CriterionId = measure.CriterionId,
        Name = measure.Definition.Name,
        Unit = measure.Definition.Unit,
        Baseline = measure.Definition.Baseline,
        Target = measure.Definition.Target,
        Period = StoredEnum.ToStored(measure.Definition.Period),
        Direction = StoredEnum.ToStored(measure.Definition.Direction),
    };

    private static V1.SuccessCriterion ToWire(SuccessCriterion criterion)
    {
        var wire = new V1.SuccessCriterion
        {
            Id = criterion.Id.ToString(),
            Title = criterion.Title,
            Description = criterion.Description,
            CooperationAreaId = criterion.CooperationAreaId?.ToString() ?? string.Empty,
            DefinedAt = WireInstant.ToWire(criterion.DefinedAt),
        };
        wire.Measures.AddRange(criterion.Measures.Select(ToWire));
        return wire;
    }

    private static V1.SuccessMeasure ToWire(SuccessMeasure measure) => new()
    {
        Id = measure.Id.ToString(),
        SuccessCriterionId = measure.CriterionId.ToString(),
        Name = measure.Definition.Name,
        Unit = measure.Definition.Unit,
        Baseline = (double)measure.Definition.Baseline,
        Target = (double)measure.Definition.Target,
        Period = WireEnums.ToWire<MeasurePeriod, V1.MeasurePeriod>(measure.Definition.Period),
        Direction = WireEnums.ToWire<MeasureDirection, V1.MeasureDirection>(measure.Definition.Direction),
        DefinedAt = WireInstant.ToWire(measure.DefinedAt),
        UpdatedAt = WireInstant.ToWire(measure.UpdatedAt),
    };
}
