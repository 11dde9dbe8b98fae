using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Meetings;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>The quarterly cadence (¶6) as it stands: non-personal programme data, readable by every programme role.</summary>
internal sealed class CadenceGrpcService(ProgrammeQueries programme, MeetingRepository meetings, TimeProvider clock)
    : V1.CadenceService.CadenceServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetCadenceResponse> GetCadence(V1.GetCadenceRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var establishedOn = await programme.GetEstablishedOnAsync(ct)
            ?? throw new RuleViolationException(MeetingRules.WorkingGroupMustBeEstablished,
                "The working group has not been established yet; its cadence starts at establishment.");
        var cadence = new QuarterlyCadence(establishedOn, await meetings.GetHeldDatesAsync(ct));
        var today = clock.Today();

        var response = new V1.GetCadenceResponse
        {
            EstablishedOn = WireDate.ToWire(establishedOn),
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
