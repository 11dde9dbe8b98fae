using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Debriefs;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Debriefs;

/// <summary>CloseCorrectiveAction, the agenda that carries open corrective actions, and best-practice notes.</summary>
public sealed class CorrectiveActionsAndNotesTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private V1.DebriefsService.DebriefsServiceClient CoChair => factory.DebriefsAs("uk-co-chair");

    private static V1.CloseCorrectiveActionRequest Close(V1.CorrectiveAction action, V1.CorrectiveActionStatus outcome = V1.CorrectiveActionStatus.Done) =>
        new() { CorrectiveActionId = action.Id, Outcome = outcome };

    [Fact]
    public async Task A_corrective_action_is_carried_onto_the_next_meetings_agenda_until_closed()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var action = (await factory.RecordAsync(DebriefScenario.Request(programme))).CorrectiveActions[0];
        var next = await factory.ScheduleAsync("2024-06-20", "Review of the operation");

        var before = (await factory.Meetings().GetMeetingAsync(new V1.GetMeetingRequest { MeetingId = next.Id })).Meeting;
        await CoChair.CloseCorrectiveActionAsync(Close(action));
        var after = (await factory.Meetings().GetMeetingAsync(new V1.GetMeetingRequest { MeetingId = next.Id })).Meeting;

        Assert.Contains(before.Agenda, a => a.CarriedActionItemId == action.ActionItemId);
        Assert.DoesNotContain(after.Agenda, a => a.CarriedActionItemId == action.ActionItemId);
        var item = (await factory.Meetings().ListActionItemsAsync(new V1.ListActionItemsRequest { OwnerOfficialId = programme.UkMember.ToString(), PageSize = 200 }))
            .ActionItems.Single(i => i.Id == action.ActionItemId);
        Assert.Equal(V1.ActionItemStatus.Done, item.Status);
    }

    [Fact]
    public async Task Closing_a_corrective_actions_item_through_UpdateActionItemStatus_closes_the_corrective_action_too()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var doneDebrief = await factory.RecordAsync(DebriefScenario.Request(programme));
        var cancelledDebrief = await factory.RecordAsync(DebriefScenario.Request(programme));

        await factory.Meetings().UpdateActionItemStatusAsync(new V1.UpdateActionItemStatusRequest
        {
            ActionItemId = doneDebrief.CorrectiveActions[0].ActionItemId, Status = V1.ActionItemStatus.Done,
        });
        await factory.Meetings().UpdateActionItemStatusAsync(new V1.UpdateActionItemStatusRequest
        {
            ActionItemId = cancelledDebrief.CorrectiveActions[0].ActionItemId, Status = V1.ActionItemStatus.Cancelled,
        });

        var done = (await CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = doneDebrief.Id })).Debrief.CorrectiveActions[0];
        var cancelled = (await CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = cancelledDebrief.Id })).Debrief.CorrectiveActions[0];
        Assert.Equal((V1.CorrectiveActionStatus.Done, "2024-06-01"), (done.Status, WireDates.Text(done.ClosedOn)));
        Assert.Equal(V1.CorrectiveActionStatus.Cancelled, cancelled.Status);
        var events = (await factory.OutboxAsync<CorrectiveActionClosed>()).ToDictionary(e => e.CorrectiveActionId.ToString());
        Assert.Equal(("done", "cancelled"), (events[done.Id].Outcome, events[cancelled.Id].Outcome));
        Assert.Equal("UpdateActionItemStatus", Assert.Single(await factory.AuditOfAsync(DebriefsAudit.CorrectiveAction, done.Id),
            r => r.Action == Cooperation.BuildingBlocks.Audit.AuditAction.Update).Operation);
        await RpcAssert.FailedPreconditionAsync(DebriefRules.ClosedCorrectiveActionsStayClosed,
            () => CoChair.CloseCorrectiveActionAsync(Close(done)).ResponseAsync);
    }

    [Fact]
    public async Task CloseCorrectiveAction_announces_its_action_item_closed_as_UpdateActionItemStatus_does()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var action = (await factory.RecordAsync(DebriefScenario.Request(programme, dueOn: "2024-07-01"))).CorrectiveActions[0];

        await CoChair.CloseCorrectiveActionAsync(Close(action));

        var closed = Assert.Single(await factory.OutboxAsync<ActionItemClosed>(), e => e.ActionItemId.ToString() == action.ActionItemId);
        Assert.Equal((new DateOnly(2024, 6, 1), true), (closed.ClosedOn, closed.OnTime));
    }

    [Fact]
    public async Task CloseCorrectiveAction_announces_whether_it_closed_on_time()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var onTime = (await factory.RecordAsync(DebriefScenario.Request(programme, dueOn: "2024-06-01"))).CorrectiveActions[0];
        var late = (await factory.RecordAsync(DebriefScenario.Request(programme, dueOn: "2024-05-31"))).CorrectiveActions[0];

        var closed = (await CoChair.CloseCorrectiveActionAsync(Close(onTime))).CorrectiveAction;
        await CoChair.CloseCorrectiveActionAsync(Close(late, V1.CorrectiveActionStatus.Cancelled));

        Assert.Equal((V1.CorrectiveActionStatus.Done, "2024-06-01", true), (closed.Status, WireDates.Text(closed.ClosedOn), closed.ClosedOnTime));
        var events = (await factory.OutboxAsync<CorrectiveActionClosed>()).ToDictionary(e => e.CorrectiveActionId.ToString());
        Assert.Equal((true, "done", "UK"), (events[onTime.Id].OnTime, events[onTime.Id].Outcome, events[onTime.Id].OwnerParticipant));
        Assert.Equal((false, "cancelled"), (events[late.Id].OnTime, events[late.Id].Outcome));
    }

    [Fact]
    public async Task CloseCorrectiveAction_refuses_a_second_close_a_bad_outcome_an_unknown_action_and_another_agency()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var action = (await factory.RecordAsync(DebriefScenario.Request(programme))).CorrectiveActions[0];

        // The action is the UK agency's: the BG coordinator may not close it.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.DebriefsAs(DebriefScenario.BgCoordinator)
            .CloseCorrectiveActionAsync(Close(action)).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("outcome", () => CoChair.CloseCorrectiveActionAsync(Close(action, V1.CorrectiveActionStatus.Open)).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("corrective_action_id", () => CoChair.CloseCorrectiveActionAsync(new V1.CloseCorrectiveActionRequest
        {
            CorrectiveActionId = "x", Outcome = V1.CorrectiveActionStatus.Done,
        }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => CoChair.CloseCorrectiveActionAsync(new V1.CloseCorrectiveActionRequest
        {
            CorrectiveActionId = Guid.NewGuid().ToString(), Outcome = V1.CorrectiveActionStatus.Done,
        }).ResponseAsync);
        await CoChair.CloseCorrectiveActionAsync(Close(action));
        await RpcAssert.FailedPreconditionAsync(DebriefRules.ClosedCorrectiveActionsStayClosed,
            () => CoChair.CloseCorrectiveActionAsync(Close(action, V1.CorrectiveActionStatus.Cancelled)).ResponseAsync);
    }

    [Fact]
    public async Task PublishBestPracticeNote_shares_it_with_every_agency_once()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var debrief = await factory.RecordAsync(DebriefScenario.Request(programme, withAction: false));
        var publish = new V1.PublishBestPracticeNoteRequest { DebriefId = debrief.Id, Title = "One lead per phase", Text = "Name one lead agency for each phase." };

        var note = (await factory.DebriefsAs(DebriefScenario.BgCoordinator).PublishBestPracticeNoteAsync(publish)).Note;

        Assert.Equal((debrief.OperationReference, programme.BgAgency.ToString()), (note.OperationReference, note.PublishedByAgencyId));
        // An agency that took no part (UK Border Force's project lead) reads it.
        var notes = await factory.DebriefsAs("uk-project-lead").ListBestPracticeNotesAsync(new V1.ListBestPracticeNotesRequest { PageSize = 200 });
        Assert.Contains(note, notes.Notes);
        Assert.Equal(note, (await CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = debrief.Id })).Debrief.BestPracticeNote);
        await RpcAssert.FailedPreconditionAsync(DebriefRules.BestPracticeNotePublishedOnce, () => CoChair.PublishBestPracticeNoteAsync(publish).ResponseAsync);
    }

    [Fact]
    public async Task PublishBestPracticeNote_refuses_bad_fields_an_unknown_debrief_and_an_agency_not_involved()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var debrief = await factory.RecordAsync(DebriefScenario.Request(programme, withAction: false));

        await RpcAssert.InvalidArgumentAsync("title", () => CoChair.PublishBestPracticeNoteAsync(
            new V1.PublishBestPracticeNoteRequest { DebriefId = debrief.Id, Text = "Text" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => CoChair.PublishBestPracticeNoteAsync(
            new V1.PublishBestPracticeNoteRequest { DebriefId = Guid.NewGuid().ToString(), Title = "T", Text = "Text" }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.DebriefsAs("uk-agency-coordinator").PublishBestPracticeNoteAsync(
            new V1.PublishBestPracticeNoteRequest { DebriefId = debrief.Id, Title = "T", Text = "Text" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_token", () => CoChair.ListBestPracticeNotesAsync(
            new V1.ListBestPracticeNotesRequest { PageToken = "%%%" }).ResponseAsync);
    }

    [Fact]
    public async Task Reading_debriefs_runs_a_fixed_number_of_commands_whatever_the_page_size()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var debrief = await factory.RecordAsync(DebriefScenario.Request(programme));
        await factory.RecordAsync(DebriefScenario.Request(programme));
        await factory.RecordAsync(DebriefScenario.Request(programme));

        var get = await factory.CommandsOfAsync(() => CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = debrief.Id }).ResponseAsync);
        var one = await factory.CommandsOfAsync(() => CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = 1 }).ResponseAsync);
        var many = await factory.CommandsOfAsync(() => CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = 200 }).ResponseAsync);
        var notes = await factory.CommandsOfAsync(() => CoChair.ListBestPracticeNotesAsync(new V1.ListBestPracticeNotesRequest { PageSize = 200 }).ResponseAsync);

        Assert.Equal((1, 2, 2, 1), (get, one, many, notes));
    }
}
