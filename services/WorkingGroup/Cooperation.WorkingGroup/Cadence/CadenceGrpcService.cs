using Cooperation.WorkingGroup.Establishment;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Security;
using Cooperation.WorkingGroup.Meetings;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Cadence;

/// <summary>The quarterly cadence (¶6) as it stands: non-personal programme data, readable by every programme role.</summary>
internal sealed class CadenceGrpcService(
    IDbConnectionFactory connections, WorkingGroupRepository workingGroups, CadenceRepository cadence, TimeProvider clock)
    : V1.CadenceService.CadenceServiceBase
{
    /// <remarks>Two queries whatever the number of meetings: the establishment date and the held dates.</remarks>
    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetCadenceResponse> GetCadence(V1.GetCadenceRequest request, ServerCallContext context)
    {
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var quarterly = QuarterlyCadence.Since(await workingGroups.GetEstablishedOnAsync(session), await cadence.GetHeldDatesAsync(session));
        return CadenceWire.ToWire(quarterly, clock.Today());
    }
}
