using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;

namespace Cooperation.Metrics.Observations;

/// <summary>
/// Records the figures one consumed event carries, in the consumer's unit of work: each figure
/// newer than the one kept replaces it, and the value it belongs to is computed again from all the
/// kept figures (in SQL) and set, through the same observations and change log as every other value.
/// The change log's lock is taken first, so concurrent consumers compute one after the other.
/// </summary>
public sealed class FigureRecorder(FigureRepository figures, ObservationRepository observations, ObservationRecorder recorder)
{
    /// <summary>Records <paramref name="carried"/>, and with them <paramref name="counted"/> (the same event's plain counts).</summary>
    public async Task RecordAsync(IUnitOfWork unitOfWork, IntegrationEvent source, IReadOnlyList<Figure> carried, IReadOnlyList<Observation>? counted = null)
    {
        ArgumentNullException.ThrowIfNull(carried);
        var observed = new List<Observation>(counted ?? []);
        await observations.LockChangeLogAsync(unitOfWork);
        foreach (var figure in carried)
        {
            if (await figures.TrySaveAsync(unitOfWork, figure) is not { } kept)
            {
                continue;
            }

            // A stock's value changes in the quarter of this event; a flow's in the quarter the subject counts in.
            var quarter = figure.Scope == FigureScope.Stock ? figure.Quarter : kept;
            var (numerators, denominators) = await figures.TotalsAsync(unitOfWork, figure.IndicatorCode, figure.Disaggregation, figure.Scope, quarter);
            if (Figure.ValueOf(figure.Aggregate, numerators, denominators) is { } value)
            {
                observed.Add(Observation.Set(figure.IndicatorCode, quarter, value, figure.Disaggregation));
            }
        }

        await recorder.RecordAsync(unitOfWork, source, observed);
    }
}
