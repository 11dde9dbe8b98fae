using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;

namespace Cooperation.Metrics.InformationSharing;

/// <summary>
/// Moves the built-in isl.* indicators when the log changes, in the same unit of work: a logged
/// exchange sets the quarter's volume, an answer its share answered within the deadline and its median time to answer, each in
/// total and for the exchange's channel. The values are computed from the log itself, under the
/// change log's lock, so concurrent writers never compute from each other's uncommitted rows.
/// </summary>
public sealed class SharingIndicators(InformationSharingRepository log, ObservationRepository observations, TimeProvider time)
{
    public Task OnRecordedAsync(IUnitOfWork unitOfWork, InformationExchange exchange) =>
        SetAsync(unitOfWork, exchange, [(InformationSharingIndicators.Volume, s => s.Volume)]);

    /// <summary>An answer moves both the share within the deadline and the median time to answer, from one read of the log.</summary>
    public Task OnAnsweredAsync(IUnitOfWork unitOfWork, InformationExchange exchange) =>
        SetAsync(unitOfWork, exchange,
        [
            (InformationSharingIndicators.AnsweredWithinDeadline, s => s.WithinDeadlineShare),
            (InformationSharingIndicators.MedianHoursToAnswer, s => MedianHours(s)),
        ]);

    /// <summary>Hours to two decimals; null while none was answered.</summary>
    private static decimal? MedianHours(SharingStatistics statistics) =>
        statistics.MedianHoursToAnswer is { } hours ? Math.Round((decimal)hours, 2) : null;

    private async Task SetAsync(IUnitOfWork unitOfWork, InformationExchange exchange, IReadOnlyList<(string Code, Func<SharingStatistics, decimal?> ValueOf)> indicators)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        await observations.LockChangeLogAsync(unitOfWork);
        var statistics = await log.StatisticsAsync(unitOfWork, exchange.Quarter, channel: null);
        var now = time.GetUtcNow();
        var rows = statistics.Where(s => s.Channel is null || s.Channel == exchange.Channel);
        foreach (var (row, code, value) in rows.SelectMany(row => indicators.Select(i => (row, i.Code, Value: i.ValueOf(row)))))
        {
            if (value is null)
            {
                continue;
            }

            var key = row.Channel is { } channel ? Disaggregation.Of(Dimensions.Channel, BuildingBlocks.Data.StoredEnums.ToStored(channel)) : Disaggregation.Total;
            var observation = Observation.Set(code, exchange.Quarter, value.Value, key);
            var id = Guid.NewGuid();
            await observations.TryAddAsync(unitOfWork, id, observation, id, nameof(InformationExchange), now);
            await observations.ApplyAsync(unitOfWork, observation, now);
            unitOfWork.Audit(AuditAction.Create, ObservationsAudit.Observation, id, ObservationsAudit.ObservationFields);
        }
    }
}
