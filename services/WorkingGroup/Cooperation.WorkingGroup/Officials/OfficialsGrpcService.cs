using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Officials are designated by their agency's coordinators or a co-chair. Their personal data is
/// read, with a justification, by a co-chair (any agency) or by people of the official's own agency.
/// </summary>
internal sealed class OfficialsGrpcService(
    OfficialRepository officials, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.OfficialsService.OfficialsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.DesignateOfficialResponse> DesignateOfficial(
        V1.DesignateOfficialRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agencyId = validator.RequireId(request.AgencyId, "agency_id");
        validator.RequireText(request.FullName, "full_name", Official.MaxNameLength);
        validator.RequireText(request.RoleTitle, "role_title", Official.MaxNameLength);
        validator.Require(WorkContact.IsWorkEmail(request.WorkEmail.Trim()), "work_email", "must be a work e-mail address such as name@agency.example");
        validator.Require(string.IsNullOrEmpty(request.WorkPhone) || WorkContact.IsWorkPhone(request.WorkPhone),
            "work_phone", "must be a telephone number of 6 to 15 digits, optionally starting with +");
        validator.RequireText(request.Purpose, "purpose", Official.MaxPurposeLength);
        var legalBasis = validator.RequireEnum<V1.LegalBasis, LegalBasis>(request.LegalBasis, "legal_basis");
        validator.ThrowIfInvalid();

        context.GetCaller().EnsureCanManageAgency(agencyId);
        var designated = new Official(
            Guid.NewGuid(), agencyId, default, request.FullName.Trim(), request.RoleTitle.Trim(), request.WorkEmail.Trim(),
            string.IsNullOrWhiteSpace(request.WorkPhone) ? null : request.WorkPhone.Trim(), request.Purpose.Trim(), time.GetUtcNow(),
            legalBasis!.Value);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var official = await officials.AddAsync(unitOfWork, designated);
        unitOfWork.Audit(AuditAction.Create, OfficialsAudit.Official, official.Id, OfficialsAudit.DesignatedFields);
        await unitOfWork.CommitAsync();
        return new V1.DesignateOfficialResponse { Official = OfficialsWire.ToWire(official) };
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.GetOfficialResponse> GetOfficial(V1.GetOfficialRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.OfficialId, "official_id");
        PersonalDataReads.RequireJustification(validator, request.Justification);
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var official = await officials.GetAsync(unitOfWork, id);
        context.GetCaller().EnsureCanReadAgency(official.AgencyId);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, [official.Id], Official.PersonalFields, request.Justification);
        return new V1.GetOfficialResponse { Official = OfficialsWire.ToWire(official) };
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ListOfficialsResponse> ListOfficials(V1.ListOfficialsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var agencyId = validator.OptionalId(request.AgencyId, "agency_id");
        var participant = validator.OptionalParticipant(request.Participant, "participant");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        PersonalDataReads.RequireJustification(validator, request.Justification);
        validator.ThrowIfInvalid();

        var readable = context.GetCaller().ReadableAgency(agencyId);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var found = await officials.ListAsync(unitOfWork, readable, participant, page);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, found.Select(o => o.Id), Official.PersonalFields, request.Justification);
        var response = new V1.ListOfficialsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Officials.AddRange(found.Select(OfficialsWire.ToWire));
        return response;
    }
}
