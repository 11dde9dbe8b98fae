using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Establishment;

internal sealed class WorkingGroupGrpcService(
    WorkingGroupRepository workingGroups, IUnitOfWorkFactory unitOfWorkFactory, IDbConnectionFactory connections, TimeProvider time)
    : V1.WorkingGroupService.WorkingGroupServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.EstablishWorkingGroupResponse> EstablishWorkingGroup(
        V1.EstablishWorkingGroupRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var establishedOn = validator.RequireDate(request.EstablishedOn, "established_on");
        validator.ThrowIfInvalid();

        var assessment = EstablishmentDeadline.Assess(establishedOn, time.Today());
        var record = new WorkingGroupRecord(assessment.EstablishedOn, assessment.DueBy, time.GetUtcNow());

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        if (!await workingGroups.TryEstablishAsync(unitOfWork, record))
        {
            throw new ConflictException("working_group", WorkingGroupRecord.Id.ToString(),
                "The working group's establishment has already been recorded.");
        }

        unitOfWork.Publish(new WorkingGroupEstablished
        {
            EstablishedOn = assessment.EstablishedOn,
            DueBy = assessment.DueBy,
            OnTime = assessment.OnTime,
        });
        unitOfWork.Audit(AuditAction.Create, WorkingGroupAudit.WorkingGroup, WorkingGroupRecord.Id, WorkingGroupAudit.EstablishedFields);
        await unitOfWork.CommitAsync();
        return new V1.EstablishWorkingGroupResponse { WorkingGroup = WorkingGroupWire.ToWire(record) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetWorkingGroupResponse> GetWorkingGroup(
        V1.GetWorkingGroupRequest request, ServerCallContext context)
    {
        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var record = await workingGroups.FindAsync(session);
        return new V1.GetWorkingGroupResponse
        {
            WorkingGroup = record is null ? WorkingGroupWire.NotEstablished(time.Today()) : WorkingGroupWire.ToWire(record),
        };
    }
}
