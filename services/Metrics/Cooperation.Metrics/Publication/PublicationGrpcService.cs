using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Metrics.Indicators;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Publication;

/// <summary>The co-chairs' approvals of a quarter's figures and the publication that follows both.</summary>
internal sealed class PublicationGrpcService(
    PublicationRepository publications, IndicatorRepository indicators, IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections, TimeProvider time)
    : V1.PublicationService.PublicationServiceBase
{
    [Authorize(Policy = CooperationPolicies.ChairWorkingGroup)]
    public override async Task<V1.ApproveQuarterResponse> ApproveQuarter(V1.ApproveQuarterRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var validator = new Validator();
        var quarter = validator.RequireQuarter(request.Quarter, "quarter", now);
        validator.Require(request.ReviewedVersion >= 0, "reviewed_version", "must not be negative");
        validator.ThrowIfInvalid();
        var caller = context.GetCaller();
        var participant = caller.Participant ?? throw new PermissionDeniedException(
            "NO_PARTICIPANT", "An approval is given for one participant, and the token names none.");

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        await publications.LockFiguresAsync(unitOfWork);
        var state = (await publications.StateAsync(unitOfWork, quarter)).Approve(participant, request.ReviewedVersion, caller.Subject, now);
        await publications.SaveApprovalAsync(unitOfWork, quarter, state.ApprovalOf(participant)!);
        unitOfWork.Audit(AuditAction.Update, PublicationAudit.QuarterApproval, PublicationAudit.IdOf(quarter), PublicationAudit.ApprovalFields);
        if (state.PublicationDue)
        {
            state = await PublishAsync(unitOfWork, state, now);
        }

        await unitOfWork.CommitAsync();
        return new V1.ApproveQuarterResponse { State = PublicationWire.ToWire(state) };
    }

    [Authorize(Policy = CooperationPolicies.ReadMetrics)]
    public override async Task<V1.GetPublicationStateResponse> GetPublicationState(V1.GetPublicationStateRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var quarter = validator.RequireQuarter(request.Quarter, "quarter", time.GetUtcNow());
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetPublicationStateResponse { State = PublicationWire.ToWire(await publications.StateAsync(session, quarter)) };
    }

    // Both approvals stand: the quarter's current figures, totals and breakdowns, become the
    // published ones, announced once.
    private async Task<BilateralPublication> PublishAsync(IUnitOfWork unitOfWork, BilateralPublication state, DateTimeOffset now)
    {
        var figures = await indicators.QuarterValuesAsync(unitOfWork, state.Quarter);
        await publications.PublishAsync(unitOfWork, state, figures, now);
        unitOfWork.Publish(PublicationWire.Published(state, figures.Count));
        unitOfWork.Audit(AuditAction.Create, PublicationAudit.QuarterPublication, PublicationAudit.IdOf(state.Quarter), PublicationAudit.PublicationFields);
        return state.Published(now);
    }
}
