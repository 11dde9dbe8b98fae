using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Training.Cascades;
using Cooperation.Training.Exchanges;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.PersonalData;

/// <summary>
/// The training programme's part in an official's rights over their data (¶7), in the working
/// group's shape: an export of everything held on the official id, read inside the unit of work
/// that records the disclosure, and an erasure that anonymises the person and keeps the statistics.
/// Both are handled by the official's own agency or a co-chair.
/// </summary>
internal sealed class PersonalDataGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    OfficialDataRepository officials,
    ExchangeRepository exchanges,
    CascadeRepository cascades,
    TimeProvider clock) : V1.PersonalDataService.PersonalDataServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ExportOfficialDataResponse> ExportOfficialData(V1.ExportOfficialDataRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);
        var caller = context.GetCaller();

        // Read inside the unit of work that records the disclosure: no record, no data.
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var agency = await officials.AgencyOfAsync(unitOfWork, id) ?? throw new NotFoundException("official", id.ToString());
        caller.EnsureCanReadAgency(agency);
        var data = await officials.ExportAsync(unitOfWork, id);
        var exchanged = await exchanges.OfOfficialAsync(unitOfWork, id);
        var committed = await cascades.OfOfficialAsync(unitOfWork, id);
        unitOfWork.Audit(AuditAction.Disclose, PersonalDataAudit.Official, id, PersonalDataAudit.ExportedFields,
            justification: justification, recipients: [caller.AgencyId?.ToString() ?? caller.Subject]);
        await unitOfWork.CommitAsync();
        return PersonalDataWire.ToWire(data, exchanged, committed, clock.GetUtcNow());
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.EraseOfficialResponse> EraseOfficial(V1.EraseOfficialRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var agency = await officials.AgencyOfAsync(unitOfWork, id) ?? throw new NotFoundException("official", id.ToString());
        context.GetCaller().EnsureCanManageAgency(agency);
        var records = await officials.EraseAsync(unitOfWork, id, OfficialTombstone.New());
        unitOfWork.Audit(AuditAction.Erase, PersonalDataAudit.Official, id, PersonalDataAudit.ErasedFields, justification: justification);
        await unitOfWork.CommitAsync();
        return new V1.EraseOfficialResponse { RecordsAnonymised = records, ErasedAt = WireInstant.ToWire(clock.GetUtcNow()) };
    }

    private static (Guid Id, string Justification) ReadRequest(string officialId, string justification)
    {
        var validator = new Validator();
        var id = validator.RequireId(officialId, "official_id");
        validator.RequireText(justification, "justification", AuditEntry.MaxJustificationLength);
        validator.ThrowIfInvalid();
        return (id, justification.Trim());
    }
}
