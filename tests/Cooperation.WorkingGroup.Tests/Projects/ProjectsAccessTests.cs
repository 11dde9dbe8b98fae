using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Contracts.Audit.V1;
using Cooperation.Contracts.Type.V1;
using Cooperation.Contracts.WorkingGroup.V1;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Grpc.Core;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>Who may propose and agree projects, and the audit record each write leaves.</summary>
public sealed class ProjectsAccessTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    private readonly WorkingGroupServiceFactory _factory = factory;

    [Fact]
    public async Task A_call_without_a_token_is_Unauthenticated()
    {
        var anonymous = new ProjectsService.ProjectsServiceClient(_factory.AnonymousChannel);

        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => anonymous.ListProjectsAsync(new ListProjectsRequest()).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.Unauthenticated, () => anonymous.ProposeProjectAsync(new ProposeProjectRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Proposing_needs_a_co_chair_or_project_lead_and_agreeing_a_co_chair()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.ProposeAsync(programme, ProjectWorkstream.Training);
        var decision = await _factory.DecideJointlyAsync(await _factory.HoldAsync(programme));

        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ProjectsAs("analyst").ProposeProjectAsync(Proposal(programme.UkAgency)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ProjectsAs("bg-border-police-coordinator").ProposeProjectAsync(Proposal(programme.BgAgency)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ProjectsAs("uk-project-lead")
            .AgreeProjectAsync(new AgreeProjectRequest { ProjectId = project.Id, DecisionId = decision.Id }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => ProjectsAs("auditor").GetProjectAsync(new GetProjectRequest { ProjectId = project.Id }).ResponseAsync);
        Assert.Equal(project.Id, (await ProjectsAs("analyst").GetProjectAsync(new GetProjectRequest { ProjectId = project.Id })).Project.Id);
        // The refused calls left no record: the project's one record is its proposal.
        Assert.Equal("ProposeProject", Assert.Single(await _factory.AuditOfAsync("ProjectProposal", project.Id)).Operation);
        Assert.DoesNotContain(await _factory.AuditOfAsync("ProjectProposal"), r => r.Actor.Subject is "dev:analyst" or "dev:bg-border-police-coordinator");
    }

    [Fact]
    public async Task A_project_lead_proposes_only_with_their_own_agency_among_the_leads()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var borderForce = await _factory.AddAgencyAsync("UK", "Border Force", DevelopmentPersonas.UkBorderForce);
        var lead = ProjectsAs("uk-project-lead");

        var refused = await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => lead.ProposeProjectAsync(Proposal(programme.BgAgency, programme.UkAgency)).ResponseAsync);
        var proposed = (await lead.ProposeProjectAsync(Proposal(programme.BgAgency, borderForce))).Project;

        Assert.Equal("OTHER_AGENCY_RECORD", refused.GetRpcStatus()?.GetDetail<Google.Rpc.ErrorInfo>()?.Reason);
        var record = Assert.Single(await _factory.AuditOfAsync("ProjectProposal"), r => r.Actor.Subject == "dev:uk-project-lead");
        Assert.Equal((proposed.Id, "ProposeProject", AuditTrailReader.ActorOf("uk-project-lead")), (record.ResourceId, record.Operation, record.Actor));
    }

    [Fact]
    public async Task Proposing_and_agreeing_each_leave_one_audit_record_the_auditor_can_list()
    {
        var programme = await _factory.SharedProgrammeAsync();
        var project = await _factory.AgreedAsync(programme, ProjectWorkstream.CapacityBuilding);
        var auditor = new AuditService.AuditServiceClient(_factory.ChannelFor("auditor"));

        var records = (await auditor.ListAuditRecordsAsync(new ListAuditRecordsRequest { ResourceType = "ProjectProposal", ResourceId = project.Id })).Records;

        Assert.Equal(
            [("ProposeProject", AuditAction.Create), ("AgreeProject", AuditAction.Update)],
            records.Select(r => (r.Operation, r.Action)));
        Assert.All(records, r => Assert.Equal(("dev:uk-co-chair", Participant.Uk, DevelopmentPersonas.UkHomeOffice.ToString()),
            (r.ActorSubject, r.ActorParticipant, r.ActorAgencyId)));
        Assert.Equal(["status", "decision_id"], records[1].Fields);
        Assert.True((await auditor.VerifyAuditTrailAsync(new VerifyAuditTrailRequest())).Intact);
    }

    private ProjectsService.ProjectsServiceClient ProjectsAs(string persona) => new(_factory.ChannelFor(persona));

    private static ProposeProjectRequest Proposal(params Guid[] leads)
    {
        var request = new ProposeProjectRequest { Title = "Border surveillance", Summary = "Equipment and training", Workstream = ProjectWorkstream.CapacityBuilding };
        request.LeadAgencyIds.AddRange(leads.Select(l => l.ToString()));
        return request;
    }
}
