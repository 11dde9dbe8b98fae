using Cooperation.AppHost.Tests.Infrastructure;
using Cooperation.BuildingBlocks.Security.Development;
using Grpc.Core;
using CapacityBuilding = Cooperation.Contracts.CapacityBuilding.V1;
using WorkingGroup = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.AppHost.Tests;

/// <summary>
/// The working group and capacity building over the real broker, end to end: a capacity-building
/// project the group agrees becomes a project there, its moves into implementation and to closed
/// show back in the working group as commenced and completed, and a high risk recorded on it goes
/// on the group's next scheduled meeting's agenda.
/// </summary>
[Collection(StartedStackDefinition.Name)]
public sealed class CapacityBuildingEndToEndTests(StackFixture stack)
{
    // UK Border Force leads: the project lead persona's agency, so its changes pass the object-level check.
    private static readonly Guid LeadAgency = DevelopmentPersonas.UkBorderForce;
    private const string ProjectLead = "uk-project-lead";

    [Fact]
    public async Task An_agreed_capacity_building_project_is_taken_up_once_and_its_implementation_and_closure_commence_and_complete_it_in_the_working_group()
    {
        var agreed = await AgreeAsync("Mobile surveillance units");
        using var lead = stack.Stack.ChannelTo("capacity-building", ProjectLead);
        var projects = new CapacityBuilding.ProjectsService.ProjectsServiceClient(lead);

        var listed = await Calls.UntilAsync(async () =>
        {
            var copies = (await ListLedProjectsAsync(projects)).Where(p => p.Id == agreed.Id).ToList();
            return copies.Count == 0 ? null : copies;
        }, "capacity building to take the agreed project up");
        var taken = Assert.Single(listed);
        Assert.Equal(agreed.Title, taken.TitleEn);
        Assert.Equal(LeadAgency.ToString(), taken.LeadAgencyId);
        Assert.Equal(CapacityBuilding.ProjectStatus.Identification, taken.Status);

        var implementing = await MoveAsync(projects, taken, CapacityBuilding.ProjectStatus.Implementation);
        Assert.NotNull(implementing.ActualStart);
        using var coChair = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        var groupProjects = new WorkingGroup.ProjectsService.ProjectsServiceClient(coChair);
        var commenced = await Calls.UntilAsync(async () =>
        {
            var read = await ReadAsync(groupProjects, agreed.Id);
            return read.CommencedOn is null ? null : read;
        }, "the working group to see the project commenced");
        Assert.Equal(WorkingGroup.ProjectStatus.Commenced, commenced.Status);

        var finalising = await MoveAsync(projects, implementing, CapacityBuilding.ProjectStatus.Finalisation);
        var closed = await MoveAsync(projects, finalising, CapacityBuilding.ProjectStatus.Closed);
        Assert.NotNull(closed.ActualEnd);
        var completed = await Calls.UntilAsync(async () =>
        {
            var read = await ReadAsync(groupProjects, agreed.Id);
            return read.CompletedOn is null ? null : read;
        }, "the working group to see the project completed");
        Assert.Equal(WorkingGroup.ProjectStatus.Completed, completed.Status);

        // Still one copy once every message of the project has been delivered.
        Assert.Single(await ListLedProjectsAsync(projects), p => p.Id == agreed.Id);
    }

    [Fact]
    public async Task A_high_risk_recorded_on_a_capacity_building_project_goes_on_the_agenda_of_the_working_groups_next_scheduled_meeting()
    {
        var agreed = await AgreeAsync("Document examination laboratory");
        using var lead = stack.Stack.ChannelTo("capacity-building", ProjectLead);
        var projects = new CapacityBuilding.ProjectsService.ProjectsServiceClient(lead);
        var taken = await Calls.UntilAsync(async () =>
        {
            try
            {
                return (await projects.GetProjectAsync(new CapacityBuilding.GetProjectRequest { ProjectId = agreed.Id }, deadline: Calls.Deadline())).Project;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return null;
            }
        }, "capacity building to take the agreed project up");

        // The meeting first: the escalation then goes straight onto its agenda (the other order waits for ScheduleMeeting).
        using var coChair = stack.Stack.ChannelTo("working-group", "uk-co-chair");
        var meetings = new WorkingGroup.MeetingsService.MeetingsServiceClient(coChair);
        var schedule = new WorkingGroup.ScheduleMeetingRequest
        {
            ScheduledOn = Calls.Today(), Location = "London", Format = WorkingGroup.MeetingFormat.Virtual,
        };
        schedule.AgendaItems.Add("Capacity-building programme review");
        var meeting = (await meetings.ScheduleMeetingAsync(schedule, deadline: Calls.Deadline())).Meeting;

        var riskEvent = $"Laboratory equipment is delivered late {Guid.NewGuid():N}";
        var recorded = (await new CapacityBuilding.RisksService.RisksServiceClient(lead).RecordRiskAsync(new CapacityBuilding.RecordRiskRequest
        {
            ProjectId = taken.Id, ProjectVersion = taken.Version,
            Cause = "A single supplier for the examination equipment", Event = riskEvent, Effect = "Examiners cannot be trained on schedule",
            Category = CapacityBuilding.RiskCategory.Operational,
            BeforeResponse = new CapacityBuilding.RiskRating { Likelihood = 4, Impact = 4 },
            Proximity = CapacityBuilding.RiskProximity.WithinProject, Response = CapacityBuilding.RiskResponse.Reduce,
            OwnerOfficialId = Guid.NewGuid().ToString(), ReviewOn = Calls.DateOf(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14)),
        }, deadline: Calls.Deadline())).Risk;
        Assert.Equal(16, recorded.Score);
        Assert.True(recorded.High);

        var expected = $"Escalated risk (high risk, score 16): {agreed.Title}: {riskEvent}";
        var carrying = await Calls.UntilAsync(async () =>
        {
            var next = await NextScheduledMeetingAsync(meetings);
            return next is not null && next.Agenda.Any(a => a.Title == expected) ? next : null;
        }, "the escalated risk to reach the next scheduled meeting's agenda");
        Assert.Equal(meeting.Id, carrying.Id);
        // Its own item stays first; the escalation follows it (after any that waited for a meeting to be scheduled).
        Assert.Equal("Capacity-building programme review", carrying.Agenda[0].Title);
        Assert.Single(carrying.Agenda, a => a.Title == expected);

        // Leaves no scheduled meeting behind for the other tests on the stack.
        await meetings.CancelMeetingAsync(new WorkingGroup.CancelMeetingRequest { MeetingId = meeting.Id }, deadline: Calls.Deadline());
    }

    private Task<WorkingGroup.Project> AgreeAsync(string subject) =>
        new WorkingGroupAgreement(stack.Stack).AgreeProjectAsync(WorkingGroup.ProjectWorkstream.CapacityBuilding, LeadAgency,
            $"{subject} {Guid.NewGuid():N}", "Equipment and training for both participants' border authorities.");

    /// <summary>Every project the lead agency leads, page by page.</summary>
    private static async Task<List<CapacityBuilding.Project>> ListLedProjectsAsync(CapacityBuilding.ProjectsService.ProjectsServiceClient projects)
    {
        var all = new List<CapacityBuilding.Project>();
        var request = new CapacityBuilding.ListProjectsRequest { AgencyId = LeadAgency.ToString(), PageSize = 200 };
        do
        {
            var page = await projects.ListProjectsAsync(request, deadline: Calls.Deadline());
            all.AddRange(page.Projects);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return all;
    }

    private static async Task<CapacityBuilding.Project> MoveAsync(
        CapacityBuilding.ProjectsService.ProjectsServiceClient projects, CapacityBuilding.Project project, CapacityBuilding.ProjectStatus to)
    {
        var moved = (await projects.ChangeProjectStatusAsync(new CapacityBuilding.ChangeProjectStatusRequest
        {
            ProjectId = project.Id, Version = project.Version, Status = to,
        }, deadline: Calls.Deadline())).Project;
        Assert.Equal(to, moved.Status);
        return moved;
    }

    private static async Task<WorkingGroup.Project> ReadAsync(WorkingGroup.ProjectsService.ProjectsServiceClient projects, string id) =>
        (await projects.GetProjectAsync(new WorkingGroup.GetProjectRequest { ProjectId = id }, deadline: Calls.Deadline())).Project;

    /// <summary>The meeting the working group calls its next: the earliest scheduled from today on (ties by id, as the service orders them).</summary>
    private static async Task<WorkingGroup.Meeting?> NextScheduledMeetingAsync(WorkingGroup.MeetingsService.MeetingsServiceClient meetings)
    {
        var scheduled = await meetings.ListMeetingsAsync(new WorkingGroup.ListMeetingsRequest
        {
            Status = WorkingGroup.MeetingStatus.Scheduled, From = Calls.Today(), PageSize = 200,
        }, deadline: Calls.Deadline());
        return scheduled.Meetings
            .OrderBy(m => new DateOnly(m.ScheduledOn.Year, m.ScheduledOn.Month, m.ScheduledOn.Day))
            .ThenBy(m => Guid.Parse(m.Id).ToString(), StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
