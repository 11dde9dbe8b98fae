using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Meetings;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Establishment;

/// <summary>
/// The establishment of the group (¶5): recorded once and corrected when mistyped, each by a
/// co-chair (ChairWorkingGroup). Both may leave a closed quarter without a meeting, so both raise
/// its breach in their own unit of work.
/// </summary>
internal sealed class WorkingGroupGrpcService(
    WorkingGroupRepository workingGroups,
    MeetingRepository meetings,
    CadenceBreachRaiser breaches,
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    TimeProvider time)
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
        await breaches.RaiseClosedQuartersAsync(unitOfWork, time.Today());
        await unitOfWork.CommitAsync();
        return new V1.EstablishWorkingGroupResponse { WorkingGroup = WorkingGroupWire.ToWire(record) };
    }

    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.CorrectEstablishmentDateResponse> CorrectEstablishmentDate(
        V1.CorrectEstablishmentDateRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var establishedOn = validator.RequireDate(request.EstablishedOn, "established_on");
        validator.RequireText(request.Reason, "reason", 500);
        validator.ThrowIfInvalid();

        var today = time.Today();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var current = await workingGroups.FindAsync(unitOfWork) ?? throw new RuleViolationException(
            EstablishmentRules.WorkingGroupMustBeEstablished, "The working group has not been established yet; there is no date to correct.");
        var correction = EstablishmentCorrection.Decide(
            current, establishedOn, request.Reason.Trim(), today, await meetings.EarliestMeetingDateAsync(unitOfWork));
        if (!await workingGroups.TryCorrectAsync(unitOfWork, correction, time.GetUtcNow()))
        {
            throw new ConflictException("working_group", WorkingGroupRecord.Id.ToString(),
                "The establishment date changed meanwhile; read it again and retry.");
        }

        // Subscribers keep the establishment as its latest announcement says.
        unitOfWork.Publish(new WorkingGroupEstablished
        {
            EstablishedOn = correction.Corrected.EstablishedOn,
            DueBy = correction.Corrected.DueBy,
            OnTime = correction.Corrected.OnTime,
        });
        unitOfWork.Audit(AuditAction.Update, WorkingGroupAudit.WorkingGroup, WorkingGroupRecord.Id, WorkingGroupAudit.CorrectedFields,
            justification: correction.AuditJustification);
        unitOfWork.Audit(AuditAction.Create, WorkingGroupAudit.EstablishmentCorrection, correction.Id, WorkingGroupAudit.CorrectionFields,
            justification: correction.AuditJustification);
        await breaches.RaiseClosedQuartersAsync(unitOfWork, today);
        await unitOfWork.CommitAsync();
        return new V1.CorrectEstablishmentDateResponse { WorkingGroup = WorkingGroupWire.ToWire(current with { EstablishedOn = establishedOn }) };
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
