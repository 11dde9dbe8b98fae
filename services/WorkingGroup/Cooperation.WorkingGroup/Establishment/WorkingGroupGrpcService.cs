using Cooperation.BuildingBlocks.Audit;
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
    WorkingGroupRepository workingGroup, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time)
    : V1.WorkingGroupService.WorkingGroupServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.EstablishWorkingGroupResponse> EstablishWorkingGroup(
        V1.EstablishWorkingGroupRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var establishedOn = validator.RequireDate(request.EstablishedOn, "established_on");
        validator.ThrowIfInvalid();

        var now = time.GetUtcNow();
        var assessment = EstablishmentDeadline.Assess(establishedOn, time.Today());
        var record = new WorkingGroupRecord(assessment.EstablishedOn, assessment.DueBy, now);

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context.CancellationToken);
        if (!await WorkingGroupRepository.TryEstablishAsync(unitOfWork, record, context.CancellationToken))
        {
            throw new ConflictException("working_group", WorkingGroupRecord.Id.ToString(),
                "The working group's establishment has already been recorded.");
        }

        unitOfWork.Publish(new WorkingGroupEstablished
        {
            OccurredAt = now,
            EstablishedOn = assessment.EstablishedOn,
            DueBy = assessment.DueBy,
            OnTime = assessment.OnTime,
        });
        unitOfWork.Audit(new AuditEntry(
            AuditActor.From(context.GetCaller()), "EstablishWorkingGroup", AuditAction.Create, "WorkingGroup", WorkingGroupRecord.Id.ToString())
        {
            Fields = ["established_on", "due_by"],
        });
        await unitOfWork.CommitAsync(context.CancellationToken);
        return new V1.EstablishWorkingGroupResponse { WorkingGroup = ToWire(record) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetWorkingGroupResponse> GetWorkingGroup(
        V1.GetWorkingGroupRequest request, ServerCallContext context)
    {
        var record = await workingGroup.FindAsync(context.CancellationToken);
        if (record is null)
        {
            var overdue = EstablishmentDeadline.DaysOverdue(time.Today());
            return new V1.GetWorkingGroupResponse
            {
                WorkingGroup = new V1.WorkingGroupStatus
                {
                    Established = false,
                    SignedOn = WireDate.ToWire(JointStatement.SignedOn),
                    DueBy = WireDate.ToWire(EstablishmentDeadline.DueBy),
                    DaysLate = overdue,
                },
            };
        }

        return new V1.GetWorkingGroupResponse { WorkingGroup = ToWire(record) };
    }

    private static V1.WorkingGroupStatus ToWire(WorkingGroupRecord record)
    {
        var assessment = EstablishmentDeadline.Evaluate(record.EstablishedOn);
        return new V1.WorkingGroupStatus
        {
            Established = true,
            SignedOn = WireDate.ToWire(JointStatement.SignedOn),
            EstablishedOn = WireDate.ToWire(assessment.EstablishedOn),
            DueBy = WireDate.ToWire(assessment.DueBy),
            OnTime = assessment.OnTime,
            DaysLate = assessment.DaysLate,
            RecordedAt = WireInstant.ToWire(record.RecordedAt),
        };
    }
}
