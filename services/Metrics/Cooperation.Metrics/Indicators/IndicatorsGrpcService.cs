using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Publication;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Indicators;

/// <summary>
/// The indicators' RPCs: reads only; values change through consumed events and the observations
/// service. What a caller sees goes through <see cref="FigureVisibility"/>: published figures,
/// totals and breakdowns alike, for everyone; current figures for the co-chairs who approve them.
/// </summary>
internal sealed class IndicatorsGrpcService(
    IndicatorRepository indicators, FigureVisibility visibility, IDbConnectionFactory connections, TimeProvider time)
    : V1.IndicatorsService.IndicatorsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ListIndicatorsResponse> ListIndicators(V1.ListIndicatorsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.OptionalQuarter(request.Quarter, "quarter", time.GetUtcNow());
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await indicators.ListPageAsync(session, page);
        var values = await visibility.VisibleAsync(session, context.GetCaller(), await indicators.ValuesAsync(session, found.Select(i => i.Code).ToList(), quarter));
        var response = new V1.ListIndicatorsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Indicators.AddRange(found.Select(i => IndicatorWire.ToWire(i, values.GetValueOrDefault(i.Code))));
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
        var disaggregation = ReadDisaggregation(request.Disaggregation, indicator);
        var caller = context.GetCaller();
        var value = (await indicators.ValuesAsync(session, [code], quarter, disaggregation)).GetValueOrDefault(code);
        var breakdown = await indicators.BreakdownAsync(session, code, quarter);
        // One visibility query for the value and its breakdown, each looked up by its own key (a
        // disaggregated value asked for is one of the breakdown already).
        var visible = await visibility.VisibleAsync(session, caller, value is null || disaggregation.Length > 0 ? breakdown : [value, .. breakdown]);
        var response = new V1.GetIndicatorResponse
        {
            Indicator = IndicatorWire.ToWire(indicator, visible.FirstOrDefault(v => v.Disaggregation == disaggregation)),
        };
        response.Breakdown.AddRange(visible.Where(v => v.Disaggregation.Length > 0)
            .OrderBy(v => v.Disaggregation, StringComparer.Ordinal).Select(IndicatorWire.ToWire));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.ListIndicatorHistoryResponse> ListIndicatorHistory(V1.ListIndicatorHistoryRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var code = validator.RequireCode(request.IndicatorId, "indicator_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var disaggregation = ReadDisaggregation(request.Disaggregation, await indicators.GetAsync(session, code));
        var response = new V1.ListIndicatorHistoryResponse();
        var caller = context.GetCaller();
        var history = await visibility.VisibleAsync(session, caller, await indicators.HistoryAsync(session, code, disaggregation));
        response.Values.AddRange(history.OrderBy(v => (v.Quarter.Year, v.Quarter.Number)).Select(IndicatorWire.ToWire));
        return response;
    }

    // Checked once the indicator is known: its declared dimensions decide which keys are valid.
    private static string ReadDisaggregation(string requested, Indicator indicator)
    {
        var validator = new Validator();
        var disaggregation = validator.OptionalDisaggregation(requested, indicator, "disaggregation");
        validator.ThrowIfInvalid();
        return disaggregation;
    }
}
