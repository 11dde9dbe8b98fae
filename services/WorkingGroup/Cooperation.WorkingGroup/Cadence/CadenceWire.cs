using Cooperation.BuildingBlocks.Wire;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>The cadence to its wire form.</summary>
internal static class CadenceWire
{
    public static V1.GetCadenceResponse ToWire(QuarterlyCadence cadence, DateOnly today)
    {
        var response = new V1.GetCadenceResponse
        {
            EstablishedOn = WireDate.ToWire(cadence.EstablishedOn),
            CurrentQuarter = ToWire(cadence.CurrentQuarter(today)),
            NextDueOn = WireDate.ToWire(cadence.NextDueOn(today)),
        };
        response.Quarters.AddRange(cadence.Quarters(today).Select(ToWire));
        return response;
    }

    private static V1.QuarterCompliance ToWire(QuarterCompliance compliance) => new()
    {
        Year = compliance.Quarter.Year,
        Quarter = compliance.Quarter.Quarter,
        CountsFrom = WireDate.ToWire(compliance.CountsFrom),
        EndsOn = WireDate.ToWire(compliance.EndsOn),
        MeetingsHeld = compliance.MeetingsHeld,
        State = WireEnums.ToWire<QuarterState, V1.QuarterState>(compliance.State),
    };
}
