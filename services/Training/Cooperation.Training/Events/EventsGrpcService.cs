using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Programme;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Events;

/// <summary>The events' RPCs: validate, check the activity may have the event, save, audit, answer.</summary>
internal sealed class EventsGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ActivityRepository activities,
    EventRepository events,
    ProgrammeItemRepository programme,
    TimeProvider clock) : V1.EventsService.EventsServiceBase
{
    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ScheduleEventResponse> ScheduleEvent(V1.ScheduleEventRequest request, ServerCallContext context)
    {
        var trainingEvent = EventRequestReader.Read(request, clock.GetUtcNow());
        var caller = context.GetCaller();
        caller.EnsureCanManage(trainingEvent.HostAgencyId);
        if (!caller.IsInRole(CooperationRoles.CoChair))
        {
            caller.EnsureActsFor(trainingEvent.HostParticipant);
        }

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var activity = await activities.GetAsync(unitOfWork, trainingEvent.ActivityId);
        EventScheduling.EnsureCanSchedule(activity, trainingEvent.Language);
        if (trainingEvent.ProgrammeItemId is { } itemId)
        {
            // NotFound for a project the programme never took up; refused for one that has completed.
            ProgrammeItemDelivery.EnsureOpen(await programme.GetAsync(unitOfWork, itemId));
        }

        await events.InsertAsync(unitOfWork, trainingEvent);
        unitOfWork.Audit(AuditAction.Create, EventsAudit.Event, trainingEvent.Id, EventsAudit.ScheduledFields);
        await unitOfWork.CommitAsync();
        return new V1.ScheduleEventResponse { Event = EventsWire.ToWire(trainingEvent) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.GetEventResponse> GetEvent(V1.GetEventRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var id = validator.RequireId(request.EventId, "event_id");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        return new V1.GetEventResponse { Event = EventsWire.ToWire(await events.GetAsync(session, id)) };
    }

    [Authorize(Policy = CooperationPolicies.ReadProgramme)]
    public override async Task<V1.ListEventsResponse> ListEvents(V1.ListEventsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var activityId = validator.OptionalId(request.ActivityId, "activity_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await events.ListAsync(session, activityId, page);
        var response = new V1.ListEventsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Events.AddRange(found.Select(EventsWire.ToWire));
        return response;
    }
}
