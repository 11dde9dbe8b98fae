using Cooperation.BuildingBlocks.Audit;
using Cooperation.CapacityBuilding.Phases;
using Cooperation.CapacityBuilding.Projects;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Google.Type;
using Grpc.Core;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Phases;

public sealed class PhasesRpcTests(CapacityBuildingServiceFactory factory) : IClassFixture<CapacityBuildingServiceFactory>
{
    private V1.PhasesService.PhasesServiceClient Client(string persona = Personas.UkProjectLead) => new(factory.ChannelFor(persona));

    [Fact]
    public async Task A_phase_passes_its_gates_with_signed_off_criteria_and_each_step_moves_the_project_version()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddPhaseAsync(NewPhase(project));
        var phase = added.Phase;
        Assert.Equal(2, added.ProjectVersion);
        Assert.Equal(1, phase.Position);
        Assert.Equal([V1.GateKind.Start, V1.GateKind.Finish], phase.Criteria.Select(c => c.Gate));

        var signed = await Client().SignOffGateCriterionAsync(new V1.SignOffGateCriterionRequest
        {
            ProjectId = project.Id, ProjectVersion = added.ProjectVersion, PhaseId = phase.Id, CriterionId = phase.Criteria[0].Id, Evidence = "Survey report 12/2024",
        });
        var started = await Client().StartPhaseAsync(new V1.StartPhaseRequest { ProjectId = project.Id, ProjectVersion = signed.ProjectVersion, PhaseId = phase.Id });
        var finishSigned = await Client().SignOffGateCriterionAsync(new V1.SignOffGateCriterionRequest
        {
            ProjectId = project.Id, ProjectVersion = started.ProjectVersion, PhaseId = phase.Id, CriterionId = phase.Criteria[1].Id, Evidence = "Acceptance certificate",
        });
        var closed = await Client().ClosePhaseAsync(new V1.ClosePhaseRequest { ProjectId = project.Id, ProjectVersion = finishSigned.ProjectVersion, PhaseId = phase.Id });

        Assert.Equal(AuditTrailReader.ActorOf(Personas.UkProjectLead).Subject, signed.Phase.Criteria[0].SignedOffBy);
        Assert.Equal(Personas.UkBorderForce.ToString(), signed.Phase.Criteria[0].SignedOffAgencyId);
        Assert.Equal(V1.PhaseStatus.Active, started.Phase.Status);
        Assert.Equal(V1.PhaseStatus.Closed, closed.Phase.Status);
        Assert.Equal(6, closed.ProjectVersion);
        var listed = Assert.Single((await Client(Personas.Analyst).ListPhasesAsync(new V1.ListPhasesRequest { ProjectId = project.Id })).Phases);
        Assert.Equal(closed.Phase, listed);
        Assert.Contains(await factory.AuditOfAsync(PhasesAudit.GateCriterion, phase.Criteria[0].Id), r => r.Operation == "SignOffGateCriterion");
        Assert.Contains(await factory.AuditOfAsync(ProjectsAudit.Project, project.Id), r => r.Action == AuditAction.Read && r.Operation == "ListPhases");
    }

    [Fact]
    public async Task StartPhase_and_ClosePhase_refuse_with_an_open_gate_item()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddPhaseAsync(NewPhase(project));

        await RpcAssert.FailedPreconditionAsync(PhaseRules.PhasesStartWithNoOpenStartGateItem, () => Client().StartPhaseAsync(
            new V1.StartPhaseRequest { ProjectId = project.Id, ProjectVersion = added.ProjectVersion, PhaseId = added.Phase.Id }).ResponseAsync);
        var request = NewPhase(project);
        request.ProjectVersion = added.ProjectVersion;
        request.Criteria.RemoveAt(0);
        var noStartGate = await Client().AddPhaseAsync(request);
        var started = await Client().StartPhaseAsync(new V1.StartPhaseRequest { ProjectId = project.Id, ProjectVersion = noStartGate.ProjectVersion, PhaseId = noStartGate.Phase.Id });
        Assert.Equal(2, noStartGate.Phase.Position);
        await RpcAssert.FailedPreconditionAsync(PhaseRules.PhasesCloseWithNoOpenGateItem, () => Client().ClosePhaseAsync(
            new V1.ClosePhaseRequest { ProjectId = project.Id, ProjectVersion = started.ProjectVersion, PhaseId = noStartGate.Phase.Id }).ResponseAsync);
    }

    [Fact]
    public async Task SignOffGateCriterion_refuses_a_second_sign_off_a_stale_version_and_an_unknown_criterion()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var added = await Client().AddPhaseAsync(NewPhase(project));
        var signOff = new V1.SignOffGateCriterionRequest
        {
            ProjectId = project.Id, ProjectVersion = added.ProjectVersion, PhaseId = added.Phase.Id, CriterionId = added.Phase.Criteria[0].Id, Evidence = "Report",
        };
        var signed = await Client().SignOffGateCriterionAsync(signOff);

        await RpcAssert.FailedPreconditionAsync(ProjectRules.StaleVersion, () => Client().SignOffGateCriterionAsync(signOff).ResponseAsync);
        signOff.ProjectVersion = signed.ProjectVersion;
        await RpcAssert.FailedPreconditionAsync(PhaseRules.GateItemsAreSignedOffOnce, () => Client().SignOffGateCriterionAsync(signOff).ResponseAsync);
        signOff.CriterionId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().SignOffGateCriterionAsync(signOff).ResponseAsync);
        signOff.PhaseId = Guid.NewGuid().ToString();
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().SignOffGateCriterionAsync(signOff).ResponseAsync);
    }

    [Fact]
    public async Task Phase_writes_name_every_bad_field()
    {
        var bad = new V1.AddPhaseRequest { ProjectId = "x", Name = "", PlannedStart = new Date { Year = 2024, Month = 13, Day = 1 } };
        bad.Criteria.Add(new V1.GateCriterionInput { Gate = V1.GateKind.Unspecified, Text = "" });
        foreach (var field in new[] { "project_id", "project_version", "name", "planned_start", "planned_end", "criteria[0].gate", "criteria[0].text" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().AddPhaseAsync(bad).ResponseAsync);
        }

        foreach (var field in new[] { "project_id", "project_version", "phase_id", "criterion_id", "evidence" })
        {
            await RpcAssert.InvalidArgumentAsync(field, () => Client().SignOffGateCriterionAsync(new V1.SignOffGateCriterionRequest()).ResponseAsync);
        }

        await RpcAssert.InvalidArgumentAsync("phase_id", () => Client().StartPhaseAsync(new V1.StartPhaseRequest { ProjectId = Guid.NewGuid().ToString(), ProjectVersion = 1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("phase_id", () => Client().ClosePhaseAsync(new V1.ClosePhaseRequest { ProjectId = Guid.NewGuid().ToString(), ProjectVersion = 1 }).ResponseAsync);
        await RpcAssert.InvalidArgumentAsync("project_id", () => Client().ListPhasesAsync(new V1.ListPhasesRequest()).ResponseAsync);
    }

    [Fact]
    public async Task Phase_writes_answer_not_found_for_an_unknown_project_and_permission_denied_to_another_agency()
    {
        var project = await ProjectRequests.CreatedAsync(factory);
        var unknown = NewPhase(project);
        unknown.ProjectId = Guid.NewGuid().ToString();

        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().AddPhaseAsync(unknown).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.NotFound, () => Client().ListPhasesAsync(new V1.ListPhasesRequest { ProjectId = unknown.ProjectId }).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied,
            () => new V1.PhasesService.PhasesServiceClient(factory.ChannelFor(Personas.BgProjectLead)).AddPhaseAsync(NewPhase(project)).ResponseAsync);
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => Client(Personas.Analyst).AddPhaseAsync(NewPhase(project)).ResponseAsync);
        var added = await Client().AddPhaseAsync(NewPhase(project));
        await RpcAssert.ThrowsAsync(StatusCode.PermissionDenied, () => new V1.PhasesService.PhasesServiceClient(factory.ChannelFor(Personas.BgProjectLead))
            .StartPhaseAsync(new V1.StartPhaseRequest { ProjectId = project.Id, ProjectVersion = added.ProjectVersion, PhaseId = added.Phase.Id }).ResponseAsync);
    }

    private static V1.AddPhaseRequest NewPhase(V1.Project project)
    {
        var request = new V1.AddPhaseRequest
        {
            ProjectId = project.Id, ProjectVersion = project.Version, Name = "Installation",
            PlannedStart = new Date { Year = 2024, Month = 2, Day = 1 }, PlannedEnd = new Date { Year = 2024, Month = 5, Day = 31 },
        };
        request.Criteria.Add(new V1.GateCriterionInput { Gate = V1.GateKind.Start, Text = "Site survey accepted" });
        request.Criteria.Add(new V1.GateCriterionInput { Gate = V1.GateKind.Finish, Text = "Equipment accepted by the beneficiary" });
        return request;
    }
}
