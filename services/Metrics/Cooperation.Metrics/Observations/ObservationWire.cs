using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Observations;

/// <summary>Values entered and corrected by hand on the wire.</summary>
public static class ObservationWire
{
    public static V1.ManualObservation ToWire(ManualObservation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var wire = new V1.ManualObservation
        {
            Id = observation.Id.ToString(),
            IndicatorId = observation.IndicatorCode,
            Quarter = new V1.Quarter { Year = observation.Quarter.Year, Quarter_ = observation.Quarter.Number },
            Disaggregation = observation.Disaggregation,
            Kind = WireEnums.ToWire<ManualObservationKind, V1.ManualObservationKind>(observation.Kind),
            Value = (double)observation.Value,
            Source = observation.Source,
            Note = observation.Note,
            RecordedBy = observation.RecordedBy,
            RecordedAt = WireInstant.ToWire(observation.RecordedAt),
            Version = observation.Version,
        };
        if (observation.PreviousValue is { } previous)
        {
            wire.PreviousValue = (double)previous;
        }

        return wire;
    }
}
