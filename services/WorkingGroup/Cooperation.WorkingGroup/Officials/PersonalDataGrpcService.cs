using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// An official's rights over their data (¶7): an export of everything held about them, and
/// erasure. Both are handled by the official's own agency (its coordinators) or a co-chair.
/// </summary>
internal sealed class PersonalDataGrpcService(
    OfficialRepository officials, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.PersonalDataService.PersonalDataServiceBase
{
    [Authorize(Policy = CooperationPolicies.ReadPersonalData)]
    public override async Task<V1.ExportOfficialDataResponse> ExportOfficialData(
        V1.ExportOfficialDataRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);
        var caller = context.GetCaller();
        caller.EnsureInAnyRole(CooperationRoles.CoChair, CooperationRoles.AgencyCoordinator);

        // Read inside the unit of work that records the disclosure: no record, no data.
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var official = await officials.GetAsync(unitOfWork, id);
        caller.EnsureCanManageAgency(official.AgencyId);
        var holding = await officials.GetHoldingAsync(unitOfWork, id);
        var export = await OfficialDataExportQueries.ReadAsync(unitOfWork, official);
        unitOfWork.Audit(AuditAction.Disclose, OfficialsAudit.Official, official.Id, OfficialsAudit.ExportedFields,
            justification: justification, recipients: [caller.AgencyId?.ToString() ?? caller.Subject]);
        await unitOfWork.CommitAsync();
        return OfficialsWire.ToWire(official, holding, export, time.GetUtcNow());
    }

    [Authorize(Policy = CooperationPolicies.ManageAgencyRecords)]
    public override async Task<V1.EraseOfficialResponse> EraseOfficial(V1.EraseOfficialRequest request, ServerCallContext context)
    {
        var (id, justification) = ReadRequest(request.OfficialId, request.Justification);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var official = await officials.GetAsync(unitOfWork, id);
        context.GetCaller().EnsureCanManageAgency(official.AgencyId);
        if (official.IsErased)
        {
            return new V1.EraseOfficialResponse { Official = OfficialsWire.ToWire(official) };
        }

        OfficialErasure.EnsureErasable(await officials.GetHoldingAsync(unitOfWork, id));
        var now = time.GetUtcNow();
        // False only when a concurrent erasure won: nothing changed here, so nothing to commit.
        if (await OfficialErasure.EraseAsync(unitOfWork, officials, official, justification, now))
        {
            await unitOfWork.CommitAsync();
        }

        return new V1.EraseOfficialResponse { Official = OfficialsWire.ToWire(official.Anonymised(now)) };
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
