using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Debriefs;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Debriefs;

/// <summary>RecordDebrief, GetDebrief and ListDebriefs in process; each test records its own debriefs.</summary>
public sealed class DebriefsRpcTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private V1.DebriefsService.DebriefsServiceClient CoChair => factory.DebriefsAs("uk-co-chair");

    private V1.DebriefsService.DebriefsServiceClient Coordinator => factory.DebriefsAs(DebriefScenario.BgCoordinator);

    [Fact]
    public async Task RecordDebrief_stores_the_debrief_and_announces_it()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var request = DebriefScenario.Request(programme);

        var debrief = await factory.RecordAsync(request);

        Assert.Equal((request.OperationReference, "2024-05-20", programme.BgAgency.ToString()),
            (debrief.OperationReference, WireDates.Text(debrief.OperationDate), debrief.RecordedByAgencyId));
        Assert.Equal([V1.SharingChannel.EuropolSiena, V1.SharingChannel.LiaisonOfficer], debrief.Channels);
        Assert.Equal([(programme.BgAgency.ToString(), Contracts.Type.V1.Participant.Bg), (programme.UkAgency.ToString(), Contracts.Type.V1.Participant.Uk)],
            debrief.Agencies.Select(a => (a.AgencyId, a.Participant)).OrderBy(a => a.Participant));
        Assert.Equal(debrief, (await CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = debrief.Id })).Debrief);

        var announced = Assert.Single(await factory.OutboxAsync<DebriefRecorded>(), e => e.DebriefId == Guid.Parse(debrief.Id));
        Assert.Equal((new DateOnly(2024, 5, 20), 1), (announced.OperationDate, announced.CorrectiveActionCount));
        Assert.Equal(["BG", "UK"], announced.Participants);
        Assert.Equal(["europol_siena", "liaison_officer"], announced.Channels);
        var audit = Assert.Single(await factory.AuditOfAsync(DebriefsAudit.Debrief, debrief.Id));
        Assert.Equal((AuditAction.Create, "RecordDebrief"), (audit.Action, audit.Operation));
    }

    [Fact]
    public async Task RecordDebrief_makes_each_corrective_action_an_open_action_item_of_the_owner_official()
    {
        var programme = await factory.DebriefProgrammeAsync();

        var action = Assert.Single((await factory.RecordAsync(DebriefScenario.Request(programme))).CorrectiveActions);

        Assert.Equal((V1.CorrectiveActionStatus.Open, programme.UkAgency.ToString(), false), (action.Status, action.OwnerAgencyId, action.Overdue));
        var items = await factory.Meetings().ListActionItemsAsync(new V1.ListActionItemsRequest
        {
            OwnerOfficialId = programme.UkMember.ToString(), Status = V1.ActionItemStatus.Open, PageSize = 200,
        });
        var item = Assert.Single(items.ActionItems, i => i.Id == action.ActionItemId);
        Assert.Contains("Agree a shift hand-over template", item.Description, StringComparison.Ordinal);
        Assert.Single(await factory.AuditOfAsync(DebriefsAudit.CorrectiveAction, action.Id));
    }

    [Fact]
    public async Task RecordDebrief_names_each_bad_field()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var request = DebriefScenario.Request(programme, dueOn: "2024-05-19");
        request.OperationReference = "Raid on 12 Vitosha Blvd";
        request.AgencyIds.Add("not-a-uuid");
        request.Strengths.Add(" ");
        request.Channels.Add((V1.SharingChannel)99);

        foreach (var field in new[] { "operation_reference", "agency_ids[2]", "strengths[1]", "channels[3]", "corrective_actions[0].due_on" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Coordinator.RecordDebriefAsync(request).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("operation_date", () => Coordinator.RecordDebriefAsync(
            new V1.RecordDebriefRequest { OperationReference = "OP-1" }).ResponseAsync);
    }

    [Fact]
    public async Task RecordDebrief_refuses_an_operation_of_one_participant_or_in_the_future()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var oneSide = DebriefScenario.Request(programme, withAction: false);
        oneSide.AgencyIds.Remove(programme.UkAgency.ToString());
        var ahead = DebriefScenario.Request(programme, withAction: false);
        ahead.OperationDate = WireDates.On("2024-06-02");

        await RpcAssert.FailedPreconditionAsync(DebriefRules.DebriefInvolvesBothParticipants, () => Coordinator.RecordDebriefAsync(oneSide).ResponseAsync);
        await RpcAssert.FailedPreconditionAsync(DebriefRules.OperationNotInFuture, () => Coordinator.RecordDebriefAsync(ahead).ResponseAsync);
    }

    [Fact]
    public async Task RecordDebrief_refuses_an_owner_official_of_another_agency()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var request = DebriefScenario.Request(programme);
        request.CorrectiveActions[0].OwnerOfficialId = programme.BgMember.ToString();

        await RpcAssert.FailedPreconditionAsync(DebriefRules.CorrectiveActionOwnedByOwnerAgency, () => Coordinator.RecordDebriefAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task RecordDebrief_answers_not_found_for_an_unknown_agency_or_official()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var agency = DebriefScenario.Request(programme);
        agency.AgencyIds.Add(Guid.NewGuid().ToString());
        var official = DebriefScenario.Request(programme);
        official.CorrectiveActions[0].OwnerOfficialId = Guid.NewGuid().ToString();

        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Coordinator.RecordDebriefAsync(agency).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Coordinator.RecordDebriefAsync(official).ResponseAsync);
    }

    [Fact]
    public async Task RecordDebrief_debriefs_an_operation_once()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var request = DebriefScenario.Request(programme, withAction: false);
        await factory.RecordAsync(request);

        await RpcAssert.ThrowsAsync(StatusCode.AlreadyExists, () => Coordinator.RecordDebriefAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task RecordDebrief_is_for_the_agencies_involved_only()
    {
        var programme = await factory.DebriefProgrammeAsync();

        // The UK co-chair's agency (Home Office) took no part; a training coordinator has no admitted role.
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => CoChair.RecordDebriefAsync(DebriefScenario.Request(programme)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.DebriefsAs("uk-training-coordinator")
            .RecordDebriefAsync(DebriefScenario.Request(programme)).ResponseAsync);
    }

    [Fact]
    public async Task GetDebrief_is_read_by_the_agencies_involved_and_the_co_chairs()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var debrief = await factory.RecordAsync(DebriefScenario.Request(programme, withAction: false));
        var get = new V1.GetDebriefRequest { DebriefId = debrief.Id };

        Assert.Equal(debrief, (await Coordinator.GetDebriefAsync(get)).Debrief);
        Assert.Equal(debrief, (await CoChair.GetDebriefAsync(get)).Debrief);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => factory.DebriefsAs("uk-project-lead").GetDebriefAsync(get).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = Guid.NewGuid().ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("debrief_id", () => CoChair.GetDebriefAsync(new V1.GetDebriefRequest { DebriefId = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task ListDebriefs_shows_a_coordinator_its_own_agencys_and_a_co_chair_any()
    {
        var programme = await factory.DebriefProgrammeAsync();
        var debrief = await factory.RecordAsync(DebriefScenario.Request(programme, withAction: false));

        var mine = await Coordinator.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = 200 });
        var byAgency = await CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { AgencyId = programme.UkAgency.ToString(), PageSize = 200 });

        Assert.Contains(mine.Debriefs, d => d.Id == debrief.Id);
        Assert.Contains(byAgency.Debriefs, d => d.Id == debrief.Id);
        Assert.Empty((await CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { AgencyId = Guid.NewGuid().ToString() })).Debriefs);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Coordinator.ListDebriefsAsync(
            new V1.ListDebriefsRequest { AgencyId = programme.UkAgency.ToString() }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("agency_id", () => CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { AgencyId = "x" }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("page_size", () => CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = -1 }).ResponseAsync);
    }

    [Fact]
    public async Task ListDebriefs_pages_newest_operation_first()
    {
        var programme = await factory.DebriefProgrammeAsync();
        for (var day = 1; day <= 3; day++)
        {
            var request = DebriefScenario.Request(programme, withAction: false);
            request.OperationDate = WireDates.On($"2024-04-0{day}");
            await factory.RecordAsync(request);
        }

        var first = await CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = 2 });
        var second = await CoChair.ListDebriefsAsync(new V1.ListDebriefsRequest { PageSize = 2, PageToken = first.NextPageToken });

        var dates = first.Debriefs.Concat(second.Debriefs).Select(d => d.OperationDate.ToDateOnly()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.NotEmpty(first.NextPageToken);
    }
}
