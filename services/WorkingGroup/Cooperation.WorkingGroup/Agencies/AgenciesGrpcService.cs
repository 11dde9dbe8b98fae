using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Agencies;

internal sealed class AgenciesGrpcService(
    AgencyRepository agencies, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.AgenciesService.AgenciesServiceBase
{
    /// <summary>
    /// Registers a public body of a participant: a co-chair's act, since no agency coordinator owns
    /// it yet, and each co-chair registers its own side's bodies only.
    /// </summary>
    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.CreateAgencyResponse> CreateAgency(V1.CreateAgencyRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var participant = validator.RequireParticipant(request.Participant, "participant");
        validator.RequireText(request.NameEn, "name_en", Agency.MaxNameLength);
        validator.RequireText(request.NameBg, "name_bg", Agency.MaxNameLength);
        var kind = validator.RequireEnum<V1.AgencyKind, AgencyKind>(request.Kind, "kind");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        caller.EnsureInAnyRole(CooperationRoles.CoChair);
        caller.EnsureActsFor(participant!.Value);
        var agency = new Agency(
            Guid.NewGuid(), participant.Value, request.NameEn.Trim(), request.NameBg.Trim(), kind!.Value, time.GetUtcNow());

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        if (!await agencies.TryAddAsync(unitOfWork, agency))
        {
            throw new ConflictException("agency", $"{agency.Participant}/{agency.NameEn}",
                $"{agency.Participant} already has an agency named '{agency.NameEn}'.");
        }

        unitOfWork.Audit(AuditAction.Create, AgenciesAudit.Agency, agency.Id, AgenciesAudit.CreatedFields);
        await unitOfWork.CommitAsync();
        return new V1.CreateAgencyResponse { Agency = AgenciesWire.ToWire(agency) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetAgencyResponse> GetAgency(V1.GetAgencyRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.AgencyId, "agency_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetAgencyResponse { Agency = AgenciesWire.ToWire(await agencies.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListAgenciesResponse> ListAgencies(V1.ListAgenciesRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var kind = validator.OptionalEnum<V1.AgencyKind, AgencyKind>(request.Kind, "kind");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await agencies.ListAsync(session, participant, kind, page);
        var response = new V1.ListAgenciesResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Agencies.AddRange(found.Select(AgenciesWire.ToWire));
        return response;
    }
}
