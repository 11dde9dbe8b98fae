using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Metrics.Indicators;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.InformationSharing;

/// <summary>
/// The information-sharing log's RPCs. An agency's people record and read their own agency's
/// exchanges only (another agency's is PERMISSION_DENIED, never NOT_FOUND for one that exists);
/// the aggregates are for everyone admitted to the programme.
/// </summary>
internal sealed class InformationSharingGrpcService(
    InformationSharingRepository log,
    SharingIndicators indicators,
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    TimeProvider time)
    : V1.InformationSharingService.InformationSharingServiceBase
{
    [Authorize(Policy = CooperationPolicies.RecordInformationSharing)]
    public override async Task<V1.RecordExchangeResponse> RecordExchange(V1.RecordExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var channel = validator.RequireEnum<V1.SharingChannel, SharingChannel>(request.Channel, "channel");
        var direction = validator.RequireEnum<V1.SharingDirection, SharingDirection>(request.Direction, "direction");
        var urgency = validator.RequireEnum<V1.UrgencyBand, UrgencyBand>(request.Urgency, "urgency");
        var handling = validator.RequireEnum<V1.HandlingCode, HandlingCode>(request.HandlingCode, "handling_code");
        var requestedAt = RequireInstant(validator, request.RequestedAt, "requested_at");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        var agency = caller.AgencyId
            ?? throw new PermissionDeniedException("NO_AGENCY", "The caller belongs to no agency, so it has no information-sharing log.");
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = InformationExchange.Record(agency, channel!.Value, direction!.Value, urgency!.Value, handling!.Value,
            requestedAt, caller.Subject, time.GetUtcNow());
        await log.AddAsync(unitOfWork, exchange);
        await indicators.OnRecordedAsync(unitOfWork, exchange);
        unitOfWork.Audit(AuditAction.Create, InformationSharingAudit.InformationExchange, exchange.Id, InformationSharingAudit.RecordedFields);
        await unitOfWork.CommitAsync();
        return new V1.RecordExchangeResponse { Exchange = InformationSharingWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.RecordInformationSharing)]
    public override async Task<V1.RecordAnswerResponse> RecordAnswer(V1.RecordAnswerRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ExchangeId, "exchange_id");
        var answeredAt = RequireInstant(validator, request.AnsweredAt, "answered_at");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await log.GetForUpdateAsync(unitOfWork, id);
        context.GetCaller().EnsureCanWriteFor(exchange.AgencyId);
        var answered = exchange.Answer(answeredAt, time.GetUtcNow());
        await log.SaveReplyAsync(unitOfWork, answered);
        await indicators.OnAnsweredAsync(unitOfWork, answered);
        unitOfWork.Audit(AuditAction.Update, InformationSharingAudit.InformationExchange, answered.Id, InformationSharingAudit.AnsweredFields);
        await unitOfWork.CommitAsync();
        return new V1.RecordAnswerResponse { Exchange = InformationSharingWire.ToWire(answered) };
    }

    [Authorize(Policy = CooperationPolicies.RecordInformationSharing)]
    public override async Task<V1.RecordRefusalResponse> RecordRefusal(V1.RecordRefusalRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ExchangeId, "exchange_id");
        var reason = validator.RequireEnum<V1.RefusalReason, RefusalReason>(request.Reason, "reason");
        var refusedAt = RequireInstant(validator, request.RefusedAt, "refused_at");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var exchange = await log.GetForUpdateAsync(unitOfWork, id);
        context.GetCaller().EnsureCanWriteFor(exchange.AgencyId);
        var refused = exchange.Refuse(reason!.Value, refusedAt, time.GetUtcNow());
        await log.SaveReplyAsync(unitOfWork, refused);
        unitOfWork.Audit(AuditAction.Update, InformationSharingAudit.InformationExchange, refused.Id, InformationSharingAudit.RefusedFields);
        await unitOfWork.CommitAsync();
        return new V1.RecordRefusalResponse { Exchange = InformationSharingWire.ToWire(refused) };
    }

    [Authorize(Policy = CooperationPolicies.RecordInformationSharing)]
    public override async Task<V1.GetExchangeResponse> GetExchange(V1.GetExchangeRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.ExchangeId, "exchange_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var exchange = await log.GetAsync(session, id);
        context.GetCaller().EnsureCanWriteFor(exchange.AgencyId);
        return new V1.GetExchangeResponse { Exchange = InformationSharingWire.ToWire(exchange) };
    }

    [Authorize(Policy = CooperationPolicies.RecordInformationSharing)]
    public override async Task<V1.ListExchangesResponse> ListExchanges(V1.ListExchangesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var channel = validator.OptionalEnum<V1.SharingChannel, SharingChannel>(request.Channel, "channel");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        var agency = context.GetCaller().AgencyId
            ?? throw new PermissionDeniedException("NO_AGENCY", "The caller belongs to no agency, so it has no information-sharing log.");
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await log.ListAsync(session, agency, channel, page);
        var response = new V1.ListExchangesResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Exchanges.AddRange(found.Select(InformationSharingWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetSharingStatisticsResponse> GetSharingStatistics(V1.GetSharingStatisticsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.OptionalQuarter(request.Quarter, "quarter", time.GetUtcNow());
        var channel = validator.OptionalEnum<V1.SharingChannel, SharingChannel>(request.Channel, "channel");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var statistics = await log.StatisticsAsync(session, quarter, channel);
        var response = new V1.GetSharingStatisticsResponse
        {
            Quarter = new V1.Quarter { Year = quarter.Year, Quarter_ = quarter.Number },
            Total = InformationSharingWire.ToWire(statistics.Single(s => s.Channel is null)),
        };
        response.Channels.AddRange(statistics.Where(s => s.Channel is not null).Select(InformationSharingWire.ToWire));
        return response;
    }

    // Exchanges are logged from the programme's start: an instant before it is a caller's mistake.
    private static DateTimeOffset RequireInstant(Validator validator, Google.Protobuf.WellKnownTypes.Timestamp? value, string field)
    {
        if (value is null)
        {
            validator.Add(field, "is required");
            return default;
        }

        var instant = validator.OptionalInstant(value, field);
        if (instant is { } known && known.Year < QuarterValidation.FirstYear)
        {
            validator.Add(field, $"must be in {QuarterValidation.FirstYear} or later");
        }

        return instant ?? default;
    }
}
