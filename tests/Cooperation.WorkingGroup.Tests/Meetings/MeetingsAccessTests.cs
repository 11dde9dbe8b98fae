using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.Contracts.Type.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Grpc.Core;
using MeetingRules = Cooperation.WorkingGroup.Meetings.MeetingRules;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>Who may call the meetings RPCs, what they may change, and the audit record each write leaves.</summary>
public sealed class MeetingsAccessTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;

    [Fact]
    public async Task A_call_without_a_token_is_Unauthenticated()
    {
        var anonymous = new MeetingsService.MeetingsServiceClient(_factory.AnonymousChannel);

        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => anonymous.GetMeetingAsync(new GetMeetingRequest { MeetingId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => anonymous.ScheduleMeetingAsync(new ScheduleMeetingRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Acts_of_the_group_need_a_co_chair()
    {
        await _factory.SharedProgrammeAsync();
        // A day no other test of the class meets on, so the refused meetings would be this test's alone.
        var request = new ScheduleMeetingRequest { ScheduledOn = WireDates.On("2024-08-19"), Location = "Sofia", Format = MeetingFormat.InPerson };
        string[] refused = ["analyst", "bg-border-police-coordinator", "uk-project-lead", "auditor"];

        foreach (var persona in refused)
        {
            await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => _factory.MeetingsAs(persona).ScheduleMeetingAsync(request).ResponseAsync);
        }

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => _factory.MeetingsAs("auditor").ListMeetingsAsync(new ListMeetingsRequest()).ResponseAsync);
        var onThatDay = new ListMeetingsRequest { From = WireDates.On("2024-08-19"), To = WireDates.On("2024-08-19") };
        Assert.Empty((await _factory.MeetingsAs("analyst").ListMeetingsAsync(onThatDay)).Meetings);
        Assert.DoesNotContain(await _factory.AuditOfAsync("Meeting"), r => refused.Select(p => $"dev:{p}").Contains(r.Actor.Subject));
    }

    [Fact]
    public async Task Each_write_to_a_meeting_leaves_one_audit_record_naming_the_caller()
    {
        var programme = await _factory.SharedProgrammeAsync();
        _factory.SetToday(new DateOnly(2023, 12, 4));
        var meeting = await _factory.ScheduleAsync("2023-12-04");
        var id = meeting.Id;

        var scheduled = Assert.Single(await _factory.AuditOfAsync("Meeting", id));
        Assert.Equal((AuditTrailReader.ActorOf("uk-co-chair"), "ScheduleMeeting", AuditAction.Create),
            (scheduled.Actor, scheduled.Operation, scheduled.Action));
        Assert.Equal(["scheduled_on", "location", "format", "agenda_items"], scheduled.Fields);

        await _factory.MeetingsAs("bg-co-chair").UpdateAgendaAsync(new UpdateAgendaRequest { MeetingId = id, AgendaItems = { "Work plan" } });
        await _factory.Meetings().HoldMeetingAsync(new HoldMeetingRequest
        {
            MeetingId = id, HeldOn = WireDates.On("2023-12-04"), AttendeeOfficialIds = { programme.BgCoChair.ToString(), programme.UkCoChair.ToString() },
        });
        await _factory.Meetings().RecordMinutesAsync(new RecordMinutesRequest { MeetingId = id, Minutes = "Opened jointly." });
        // A refused write leaves nothing.
        await RpcAssert.ThrowsAsync(StatusCode.FailedPrecondition, () => _factory.Meetings().CancelMeetingAsync(new CancelMeetingRequest { MeetingId = id }).ResponseAsync);

        var records = await _factory.AuditOfAsync("Meeting", id);
        Assert.Equal(
            [("ScheduleMeeting", "dev:uk-co-chair"), ("UpdateAgenda", "dev:bg-co-chair"), ("HoldMeeting", "dev:uk-co-chair"), ("RecordMinutes", "dev:uk-co-chair")],
            records.Select(r => (r.Operation, r.Actor.Subject)));
        Assert.Equal(AuditTrailReader.ActorOf("bg-co-chair"), records[1].Actor);
    }

    [Fact]
    public async Task A_binding_decision_is_pending_until_the_other_participants_co_chair_confirms_it()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);

        var pending = await _factory.DecideAsync(held, binding: true);

        Assert.Equal((DecisionStatus.PendingConfirmation, Participant.Uk, Participant.Unspecified), (pending.Status, pending.RecordedBy, pending.ConfirmedBy));
        var confirm = new ConfirmDecisionRequest { DecisionId = pending.Id };
        await RpcAssert.FailedPreconditionAsync(MeetingRules.BindingDecisionNeedsBothCoChairs,
            () => _factory.Meetings().ConfirmDecisionAsync(confirm).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => _factory.MeetingsAs("bg-border-police-coordinator").ConfirmDecisionAsync(confirm).ResponseAsync);

        var confirmed = (await _factory.MeetingsAs("bg-co-chair").ConfirmDecisionAsync(confirm)).Decision;

        Assert.Equal((DecisionStatus.InForce, Participant.Uk, Participant.Bg), (confirmed.Status, confirmed.RecordedBy, confirmed.ConfirmedBy));
        Assert.Equal(confirmed, Assert.Single((await _factory.Meetings().GetMeetingAsync(new GetMeetingRequest { MeetingId = held.Id })).Meeting.Decisions));
        await RpcAssert.FailedPreconditionAsync(MeetingRules.DecisionIsConfirmedOnce,
            () => _factory.MeetingsAs("bg-co-chair").ConfirmDecisionAsync(confirm).ResponseAsync);
        var records = await _factory.AuditOfAsync("Decision", pending.Id);
        Assert.Equal(
            [("RecordDecision", AuditAction.Create, AuditTrailReader.ActorOf("uk-co-chair")), ("ConfirmDecision", AuditAction.Update, AuditTrailReader.ActorOf("bg-co-chair"))],
            records.Select(r => (r.Operation, r.Action, r.Actor)));
        Assert.Equal(["confirmed_by", "confirmed_at"], records[1].Fields);
    }

    [Fact]
    public async Task ConfirmDecision_refuses_non_binding_unknown_and_participantless_callers()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);
        var nonBinding = await _factory.DecideAsync(held, binding: false);
        var pending = await _factory.DecideAsync(held, binding: true, "Agree the second plan");
        var bg = _factory.MeetingsAs("bg-co-chair");
        var noParticipant = new MeetingsService.MeetingsServiceClient(_factory.ChannelFor(
            new DevelopmentPersona("chair-without-side", "A co-chair whose token names no participant", null, DevelopmentPersonas.UkHomeOffice, [CooperationRoles.CoChair])));

        Assert.Equal(DecisionStatus.InForce, nonBinding.Status);
        await RpcAssert.FailedPreconditionAsync(MeetingRules.OnlyBindingDecisionsAreConfirmed,
            () => bg.ConfirmDecisionAsync(new ConfirmDecisionRequest { DecisionId = nonBinding.Id }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("decision_id", () => bg.ConfirmDecisionAsync(new ConfirmDecisionRequest { DecisionId = "x" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => bg.ConfirmDecisionAsync(new ConfirmDecisionRequest { DecisionId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => noParticipant.ConfirmDecisionAsync(new ConfirmDecisionRequest { DecisionId = pending.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => noParticipant.RecordDecisionAsync(new RecordDecisionRequest { MeetingId = held.Id, Text = "x" }).ResponseAsync);
        Assert.Single(await _factory.AuditOfAsync("Decision", pending.Id));
    }

    [Fact]
    public async Task An_action_item_is_closed_by_a_co_chair_or_a_coordinator_of_the_owners_agency_only()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var held = await _factory.HoldAsync(programme);
        var bgItem = await AddItemAsync(held, programme.BgMember);
        var ukItem = await AddItemAsync(held, programme.UkMember);
        var coordinator = _factory.MeetingsAs("bg-border-police-coordinator");
        Assert.Equal(DevelopmentPersonas.BgBorderPolice, programme.BgAgency);

        // The BG Border Police coordinator may close the item of a BG Border Police official only.
        var refused = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => coordinator.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = ukItem.Id, Status = ActionItemStatus.Done }).ResponseAsync);
        Assert.Equal("OTHER_AGENCY_RECORD", refused.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => _factory.MeetingsAs("uk-training-coordinator")
            .UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = ukItem.Id, Status = ActionItemStatus.Done }).ResponseAsync);
        var closed = (await coordinator.UpdateActionItemStatusAsync(new UpdateActionItemStatusRequest { ActionItemId = bgItem.Id, Status = ActionItemStatus.Done })).ActionItem;
        var closedByChair = (await _factory.MeetingsAs("bg-co-chair").UpdateActionItemStatusAsync(
            new UpdateActionItemStatusRequest { ActionItemId = ukItem.Id, Status = ActionItemStatus.Cancelled })).ActionItem;

        Assert.Equal((ActionItemStatus.Done, ActionItemStatus.Cancelled), (closed.Status, closedByChair.Status));
        Assert.Equal([("AddActionItem", "dev:uk-co-chair"), ("UpdateActionItemStatus", "dev:bg-border-police-coordinator")],
            (await _factory.AuditOfAsync("ActionItem", bgItem.Id)).Select(r => (r.Operation, r.Actor.Subject)));
        var ukRecords = await _factory.AuditOfAsync("ActionItem", ukItem.Id);
        Assert.Equal(2, ukRecords.Count);
        Assert.Equal((AuditTrailReader.ActorOf("bg-co-chair"), AuditAction.Update), (ukRecords[1].Actor, ukRecords[1].Action));
        Assert.Equal(["status"], ukRecords[1].Fields);
    }

    private async Task<ActionItem> AddItemAsync(Meeting meeting, Guid owner) =>
        (await _factory.Meetings().AddActionItemAsync(new AddActionItemRequest
        {
            MeetingId = meeting.Id, Description = "Share the route analysis", OwnerOfficialId = owner.ToString(), DueOn = WireDates.On("2024-01-10"),
        })).ActionItem;
}
