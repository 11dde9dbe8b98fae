using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Publication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Indicators;

/// <summary>The indicators' RPCs: reads only; indicators and values change through consumed events.</summary>
internal sealed class IndicatorsGrpcService(
    IndicatorRepository indicators, FigureVisibility visibility, IDbConnectionFactory connections, TimeProvider time)
    : V1.IndicatorsService.IndicatorsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ListIndicatorsResponse> ListIndicators(V1.ListIndicatorsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.OptionalQuarter(request.Quarter, "quarter", time.GetUtcNow());
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var all = await indicators.ListAsync(session);
        var values = await visibility.VisibleAsync(session, context.GetCaller(), await indicators.ValuesAsync(session, all.Select(i => i.Code).ToList(), quarter));
        var response = new V1.ListIndicatorsResponse();
        response.Indicators.AddRange(all.Select(i => IndicatorWire.ToWire(i, values.GetValueOrDefault(i.Code))));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.GetIndicatorResponse> GetIndicator(V1.GetIndicatorRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var code = validator.RequireCode(request.IndicatorId, "indicator_id");
        var quarter = validator.OptionalQuarter(request.Quarter, "quarter", time.GetUtcNow());
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var indicator = await indicators.GetAsync(session, code);
        var values = await visibility.VisibleAsync(session, context.GetCaller(), await indicators.ValuesAsync(session, [code], quarter));
        return new V1.GetIndicatorResponse { Indicator = IndicatorWire.ToWire(indicator, values.GetValueOrDefault(code)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ListIndicatorHistoryResponse> ListIndicatorHistory(V1.ListIndicatorHistoryRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var code = validator.RequireCode(request.IndicatorId, "indicator_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        await indicators.GetAsync(session, code);
        var response = new V1.ListIndicatorHistoryResponse();
        var history = await visibility.VisibleAsync(session, context.GetCaller(), await indicators.HistoryAsync(session, code));
        response.Values.AddRange(history.OrderBy(v => (v.Quarter.Year, v.Quarter.Number)).Select(IndicatorWire.ToWire));
        return response;
    }
}
