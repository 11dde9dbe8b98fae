using Cooperation.WorkingGroup.Cadence;
using Grpc.Core;
using Metrics = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// Reads each success measure's latest value up to a period's end from the metrics service
/// (indicator <c>wg.measure.&lt;measure id&gt;</c>), calling as the working group's own service
/// identity. An outage never fails the pack: a value that cannot be read within the deadline
/// (after the channel's retries of Unavailable) is marked <see cref="MeasureValueState.MetricsUnavailable"/>,
/// and once one call has failed the rest are not attempted, so a pack never waits one deadline per measure.
/// </summary>
internal sealed partial class SuccessMeasureValues(
    Metrics.IndicatorsService.IndicatorsServiceClient indicators, ReviewEvidenceSettings settings, ILogger<SuccessMeasureValues> logger)
{
    public const string IndicatorPrefix = "wg.measure.";

    /// <summary>The metrics service's code for a measure: its id as 32 hex digits, no hyphens, as metrics names it.</summary>
    public static string IndicatorOf(Guid measureId) => $"{IndicatorPrefix}{measureId:N}";

    public async Task<IReadOnlyDictionary<Guid, MeasureValue>> LatestAsync(
        IReadOnlyList<Guid> measureIds, DateOnly periodEnd, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measureIds);
        var values = new Dictionary<Guid, MeasureValue>();
        var reachable = true;
        foreach (var id in measureIds)
        {
            values[id] = reachable ? await ReadAsync(id, CalendarQuarter.Of(periodEnd), cancellationToken) : MeasureValue.Unavailable;
            reachable = values[id].State != MeasureValueState.MetricsUnavailable;
        }

        return values;
    }

    private async Task<MeasureValue> ReadAsync(Guid measureId, CalendarQuarter lastQuarter, CancellationToken cancellationToken)
    {
        try
        {
            // A deadline is checked against the wall clock, never the service's (possibly simulated) one.
            var history = await indicators.ListIndicatorHistoryAsync(
                new Metrics.ListIndicatorHistoryRequest { IndicatorId = IndicatorOf(measureId) },
                deadline: DateTime.UtcNow + settings.MetricsTimeout, cancellationToken: cancellationToken);
            var latest = history.Values
                .Where(v => string.IsNullOrEmpty(v.Disaggregation) && v.Quarter is not null)
                .Select(v => (Quarter: new CalendarQuarter(v.Quarter.Year, v.Quarter.Quarter_), v.Value))
                .Where(v => v.Quarter.Start <= lastQuarter.Start)
                .OrderByDescending(v => v.Quarter.Start)
                .Select(v => MeasureValue.Observed(v.Value, v.Quarter))
                .FirstOrDefault();
            return latest ?? MeasureValue.NotObserved;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            // The metrics service has not (yet) taken up the measure's definition: nothing observed.
            return MeasureValue.NotObserved;
        }
        catch (RpcException e) when (!cancellationToken.IsCancellationRequested)
        {
            LogMetricsUnavailable(logger, measureId, e.StatusCode, e);
            return MeasureValue.Unavailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The metrics service did not give success measure {MeasureId}'s value ({Status}); the evidence pack marks it unavailable.")]
    private static partial void LogMetricsUnavailable(ILogger logger, Guid measureId, StatusCode status, Exception exception);
}
