using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Values entered and corrected by hand. Each sets the value through the same observations and
/// change log as a consumed event (so the stream carries it), in one unit of work with its record
/// and its audit record.
/// </summary>
internal sealed class ObservationsGrpcService(
    IndicatorRepository indicators,
    ObservationRepository observations,
    ManualObservationRepository manual,
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    TimeProvider time)
    : V1.ObservationsService.ObservationsServiceBase
{
    [Authorize(Policy = CooperationPolicies.RecordMetrics)]
    public override async Task<V1.RecordObservationResponse> RecordObservation(V1.RecordObservationRequest request, ServerCallContext context)
    {
        var (saved, indicator, value) = await WriteAsync(
            context, new ManualWrite(request.IndicatorId, request.Quarter, request.Disaggregation, request.Value, request.Source, request.Note, "note"),
            ManualObservation.Enter);
        return new V1.RecordObservationResponse { Observation = ObservationWire.ToWire(saved), Indicator = IndicatorWire.ToWire(indicator, value) };
    }

    [Authorize(Policy = CooperationPolicies.RecordMetrics)]
    public override async Task<V1.CorrectObservationResponse> CorrectObservation(V1.CorrectObservationRequest request, ServerCallContext context)
    {
        var (saved, indicator, value) = await WriteAsync(
            context, new ManualWrite(request.IndicatorId, request.Quarter, request.Disaggregation, request.Value, request.Source, request.Reason, "reason"),
            ManualObservation.Correct);
        return new V1.CorrectObservationResponse { Observation = ObservationWire.ToWire(saved), Indicator = IndicatorWire.ToWire(indicator, value) };
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ListObservationsResponse> ListObservations(V1.ListObservationsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var code = validator.RequireCode(request.IndicatorId, "indicator_id");
        Quarter? quarter = request.Quarter is null ? null : validator.RequireQuarter(request.Quarter, "quarter");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var indicator = await indicators.GetAsync(session, code);
        var keys = new Validator();
        string? disaggregation = request.Disaggregation.Trim() switch
        {
            "" => null,
            "total" => Disaggregation.Total,
            var key => keys.OptionalDisaggregation(key, indicator, "disaggregation"),
        };
        keys.ThrowIfInvalid();

        var found = await manual.ListAsync(session, code, quarter, disaggregation, page);
        var response = new V1.ListObservationsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Observations.AddRange(found.Select(ObservationWire.ToWire));
        return response;
    }

    // Checked once the indicator is known: its dimensions decide the keys, its measure the value's range.
    private static string ReadValue(string requested, double value, Indicator indicator)
    {
        var validator = new Validator();
        var disaggregation = validator.OptionalDisaggregation(requested, indicator, "disaggregation");
        if (disaggregation == Disaggregation.Total && BuiltInIndicators.HasNoTotal(indicator.Code))
        {
            validator.Add("disaggregation", $"{indicator.Code} has no total: name the key, e.g. \"{indicator.Disaggregations[0]}:…\"");
        }

        if (ManualObservation.ValueProblem(indicator.Measure, value) is { } problem)
        {
            validator.Add("value", problem);
        }

        validator.ThrowIfInvalid();
        return disaggregation;
    }

    // An entry and a correction read, check and save the same way; only the domain's decision differs.
    private async Task<(ManualObservation Saved, Indicator Indicator, IndicatorValue Value)> WriteAsync(
        ServerCallContext context, ManualWrite write, ManualDecision decide)
    {
        var validator = new Validator();
        var code = validator.RequireCode(write.IndicatorId, "indicator_id");
        var quarter = validator.RequireQuarter(write.Quarter, "quarter");
        validator.RequireText(write.Source, "source", ManualObservation.MaxSourceLength);
        validator.RequireText(write.Note, write.NoteField, ManualObservation.MaxNoteLength);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var indicator = await indicators.GetAsync(unitOfWork, code);
        var disaggregation = ReadValue(write.Disaggregation, write.Value, indicator);
        await observations.LockChangeLogAsync(unitOfWork);
        var shown = await manual.ShownValueAsync(unitOfWork, code, quarter, disaggregation);
        var made = decide(code, quarter, disaggregation, (decimal)write.Value, shown,
            write.Source.Trim(), write.Note.Trim(), context.GetCaller().Subject, time.GetUtcNow());
        var (saved, value) = await SaveAsync(unitOfWork, made);
        return (saved, indicator, value);
    }

    private async Task<(ManualObservation Saved, IndicatorValue Value)> SaveAsync(IUnitOfWork unitOfWork, ManualObservation made)
    {
        var observation = Observation.Set(made.IndicatorCode, made.Quarter, made.Value, made.Disaggregation);
        var source = made.Kind == ManualObservationKind.Entry ? ObservationsAudit.ManualObservation : "Correction";
        await observations.TryAddAsync(unitOfWork, made.Id, observation, made.Id, source, made.RecordedAt);
        var value = await observations.ApplyAsync(unitOfWork, observation, made.RecordedAt);
        var saved = made with { Version = value.Version };
        await manual.AddAsync(unitOfWork, saved);
        unitOfWork.Audit(AuditAction.Create, ObservationsAudit.ManualObservation, saved.Id, ObservationsAudit.ManualObservationFields);
        await unitOfWork.CommitAsync();
        return (saved, value);
    }
}

/// <summary>The fields an entry and a correction both carry; <see cref="NoteField"/> names the note as the request does.</summary>
internal sealed record ManualWrite(
    string IndicatorId, V1.Quarter? Quarter, string Disaggregation, double Value, string Source, string Note, string NoteField);

/// <summary><see cref="ManualObservation.Enter"/> or <see cref="ManualObservation.Correct"/>.</summary>
internal delegate ManualObservation ManualDecision(
    string code, Quarter quarter, string disaggregation, decimal value, decimal? shown, string source, string note, string by, DateTimeOffset now);
