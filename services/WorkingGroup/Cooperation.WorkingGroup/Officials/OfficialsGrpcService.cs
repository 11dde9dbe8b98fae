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
    IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.OfficialsService.OfficialsServiceBase
{
    private static readonly string[] DesignatedFields =
        ["agency_id", "full_name", "role_title", "work_email", "work_phone", "purpose", "legal_basis"];

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

        var caller = context.GetCaller();
        caller.EnsureCanManageAgency(agencyId);

        var official = new Official(
            Guid.NewGuid(), agencyId, default, request.FullName.Trim(), request.RoleTitle.Trim(), request.WorkEmail.Trim(),
            string.IsNullOrWhiteSpace(request.WorkPhone) ? null : request.WorkPhone.Trim(), request.Purpose.Trim(), time.GetUtcNow(),
            legalBasis!.Value);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var stored = await OfficialRepository.AddAsync(unitOfWork, official, context.CancellationToken);
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(caller), "DesignateOfficial", AuditAction.Create, OfficialsAudit.ResourceType, stored.Id.ToString())
        {
            Fields = DesignatedFields,
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.DesignateOfficialResponse { Official = ToWire(stored) };
    }

    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.GetOfficialResponse> GetOfficial(V1.GetOfficialRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.OfficialId, "official_id");
        PersonalDataReads.RequireJustification(validator, request.Justification);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var official = await OfficialRepository.FindAsync(unitOfWork, id, context.CancellationToken)
            ?? throw new NotFoundException("official", request.OfficialId);
        caller.EnsureCanReadAgency(official.AgencyId);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, AuditActor.From(caller), "GetOfficial", [official.Id], Official.PersonalFields,
            request.Justification, context.CancellationToken);
        return new V1.GetOfficialResponse { Official = ToWire(official) };
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

        var caller = context.GetCaller();
        var readable = caller.ReadableAgency(agencyId);
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        var found = await OfficialRepository.ListAsync(unitOfWork, readable, participant, page, context.CancellationToken);
        await PersonalDataReads.RecordAndCommitAsync(unitOfWork, AuditActor.From(caller), "ListOfficials", found.Select(o => o.Id), Official.PersonalFields,
            request.Justification, context.CancellationToken);
        var response = new V1.ListOfficialsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Officials.AddRange(found.Select(ToWire));
        return response;
    }

    internal static V1.Official ToWire(Official official) => new()
    {
        Id = official.Id.ToString(),
        AgencyId = official.AgencyId.ToString(),
        Participant = WireParticipant.ToWire(official.Participant),
        FullName = official.FullName,
        RoleTitle = official.RoleTitle,
        WorkEmail = official.WorkEmail,
        WorkPhone = official.WorkPhone ?? string.Empty,
        Purpose = official.Purpose,
        DesignatedAt = WireInstant.ToWire(official.DesignatedAt),
        LegalBasis = WireEnums.ToWire<LegalBasis, V1.LegalBasis>(official.LegalBasis),
        Erased = official.IsErased,
        ErasedAt = WireInstant.ToWire(official.ErasedAt),
    };
}
