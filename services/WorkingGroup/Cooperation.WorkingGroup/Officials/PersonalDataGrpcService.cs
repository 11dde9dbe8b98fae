using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Membership;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// An official's rights over their data (¶7): an export of everything held about them, and
/// erasure. Both are handled by the official's own agency (its coordinators) or a co-chair.
/// </summary>
internal sealed class PersonalDataGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.PersonalDataService.PersonalDataServiceBase
{
    private static readonly string[] ExportedFields =
        [.. Official.PersonalFields, "purpose", "legal_basis", "memberships", "meetings_attended", "action_items_owned"];

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ExportOfficialDataResponse> ExportOfficialData(
        V1.ExportOfficialDataRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);
        var caller = context.GetCaller();
        caller.EnsureInAnyRole(CooperationRoles.CoChair, CooperationRoles.AgencyCoordinator);
        OfficialHolding? holding;
        OfficialDataExport export;
        Official official;
        // Read inside the unit of work that records the disclosure: no record, no data.
        await using (var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken))
        {
            official = await OfficialRepository.FindAsync(unitOfWork, id, context.CancellationToken)
                ?? throw new NotFoundException("official", request.OfficialId);
            caller.EnsureCanManageAgency(official.AgencyId);
            holding = await OfficialRepository.HoldingAsync(unitOfWork, id, context.CancellationToken);
            export = await OfficialDataExportQueries.ReadAsync(unitOfWork, id, context.CancellationToken);
            unitOfWork.Audit(new AuditEntry(
                AuditActor.From(caller), "ExportOfficialData", AuditAction.Disclose, OfficialsAudit.ResourceType, official.Id.ToString())
            {
                Fields = ExportedFields,
                Justification = justification,
                Recipients = [caller.AgencyId?.ToString() ?? caller.Subject],
            });
            await unitOfWork.CommitAsync(context.CancellationToken);
        }

        var response = new V1.ExportOfficialDataResponse
        {
            Official = OfficialsGrpcService.ToWire(official),
            RetainedUntil = official.IsErased || holding is null ? null : WireDate.ToWire(OfficialRetention.RetainedUntil(holding)),
            ExportedAt = WireInstant.ToWire(time.GetUtcNow()),
        };
        response.Memberships.AddRange(export.Memberships.Select(m => new V1.Member
        {
            Id = m.MembershipId.ToString(),
            OfficialId = official.Id.ToString(),
            FullName = official.FullName,
            RoleTitle = official.RoleTitle,
            AgencyId = official.AgencyId.ToString(),
            AgencyNameEn = m.AgencyNameEn,
            Participant = WireParticipant.ToWire(Enum.Parse<Participant>(m.Participant)),
            Role = WireEnums.ToWire<MembershipRole, V1.MembershipRole>(StoredEnum.FromStored<MembershipRole>(m.Role)),
            StartedOn = WireDate.ToWire(m.StartedOn),
            EndedOn = WireDate.ToWire(m.EndedOn),
        }));
        response.MeetingsAttended.AddRange(export.MeetingsAttended.Select(m => new V1.AttendedMeeting
        {
            MeetingId = m.MeetingId.ToString(),
            ScheduledOn = WireDate.ToWire(m.ScheduledOn),
            HeldOn = WireDate.ToWire(m.HeldOn),
            CoChair = m.CoChair,
        }));
        response.ActionItemsOwned.AddRange(export.ActionItemsOwned.Select(a => new V1.OwnedActionItem
        {
            ActionItemId = a.ActionItemId.ToString(),
            MeetingId = a.MeetingId.ToString(),
            Description = a.Description,
            DueOn = WireDate.ToWire(a.DueOn),
            Status = WireEnums.ToWire<ActionItemStatus, V1.ActionItemStatus>(StoredEnum.FromStored<ActionItemStatus>(a.Status)),
        }));
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.EraseOfficialResponse> EraseOfficial(V1.EraseOfficialRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);
        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var official = await OfficialRepository.FindAsync(unitOfWork, id, context.CancellationToken)
            ?? throw new NotFoundException("official", request.OfficialId);
        caller.EnsureCanManageAgency(official.AgencyId);
        if (official.IsErased)
        {
            return new V1.EraseOfficialResponse { Official = OfficialsGrpcService.ToWire(official) };
        }

        var holding = await OfficialRepository.HoldingAsync(unitOfWork, id, context.CancellationToken)
            ?? throw new NotFoundException("official", request.OfficialId);
        OfficialErasure.EnsureErasable(holding);
        var now = time.GetUtcNow();
        // False only when a concurrent erasure won: nothing changed here, so nothing to commit.
        if (await OfficialErasure.EraseAsync(
            unitOfWork, official, AuditActor.From(caller), "EraseOfficial", justification, now, context.CancellationToken))
        {
            await unitOfWork.CommitAsync(context.CancellationToken);
        }

        return new V1.EraseOfficialResponse { Official = OfficialsGrpcService.ToWire(official.Anonymised(now)) };
    }

    private static (Guid Id, string Justification) ReadRequest(string officialId, string justification)
    {
        var validator = new Validator();
        var id = validator.RequireId(officialId, "official_id");
        PersonalDataReads.RequireJustification(validator, justification);
        validator.ThrowIfInvalid();
        return (id, justification.Trim());
    }
}
