using Cooperation.BuildingBlocks.Domain;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Projects;

namespace Cooperation.WorkingGroup.Tests.Projects;

public sealed class ProjectProposalTests
{
    private static readonly Decision Pending = new(Guid.NewGuid(), Guid.NewGuid(), "Agree the project", true, DateTimeOffset.UnixEpoch, Participant.UK);
    private static readonly Decision Binding = Pending.Confirm(Participant.BG, DateTimeOffset.UnixEpoch.AddHours(1));
    private static readonly Decision NonBinding = new(Guid.NewGuid(), Guid.NewGuid(), "Note the project", false, DateTimeOffset.UnixEpoch, Participant.UK);

    [Fact]
    public void A_binding_decision_awaiting_the_other_co_chair_cannot_agree_a_project()
    {
        var project = Proposed();

        var refused = Assert.Throws<RuleViolationException>(() => project.Agree(Pending));

        Assert.Equal(ProjectRules.ProjectsAreAgreedByConfirmedDecisions, refused.Rule);
        Assert.Equal(ProjectStatus.Proposed, project.Status);
    }

    [Fact]
    public void A_non_binding_decision_cannot_agree_a_project()
    {
        var project = Proposed();

        var refused = Assert.Throws<RuleViolationException>(() => project.Agree(NonBinding));

        Assert.Equal(ProjectRules.ProjectsAreAgreedByBindingDecisions, refused.Rule);
        Assert.Equal(ProjectStatus.Proposed, project.Status);
    }

    [Fact]
    public void A_confirmed_binding_decision_agrees_a_proposed_project()
    {
        var project = Proposed();

        project.Agree(Binding);

        Assert.Equal(ProjectStatus.Agreed, project.Status);
        Assert.Equal(Binding.Id, project.DecisionId);
    }

    [Fact]
    public void Only_a_proposed_project_can_be_agreed()
    {
        var project = Proposed();
        project.Agree(Binding);

        Assert.Equal(ProjectRules.OnlyProposedProjectsCanBeAgreed, Assert.Throws<RuleViolationException>(() => project.Agree(Binding)).Rule);
    }

    [Fact]
    public void A_project_must_be_agreed_before_it_runs()
    {
        var project = Proposed();

        Assert.Equal(ProjectRules.ProjectMustBeAgreedBeforeItRuns,
            Assert.Throws<RuleViolationException>(() => project.Commence(new DateOnly(2024, 2, 1))).Rule);
        Assert.Equal(ProjectRules.ProjectMustBeAgreedBeforeItRuns,
            Assert.Throws<RuleViolationException>(() => project.Finish(new DateOnly(2024, 2, 1), delivered: true)).Rule);
    }

    [Fact]
    public void A_commencement_is_applied_once()
    {
        var project = Proposed();
        project.Agree(Binding);

        Assert.True(project.Commence(new DateOnly(2024, 2, 1)));
        Assert.False(project.Commence(new DateOnly(2024, 2, 9)));
        Assert.Equal(new DateOnly(2024, 2, 1), project.CommencedOn);
    }

    [Fact]
    public void A_completion_may_overtake_the_commencement()
    {
        var project = Proposed();
        project.Agree(Binding);

        Assert.True(project.Finish(new DateOnly(2024, 6, 1), delivered: true));
        Assert.False(project.Commence(new DateOnly(2024, 2, 1)));
        Assert.Equal(ProjectStatus.Completed, project.Status);
    }

    [Fact]
    public void A_project_ended_without_delivering_is_closed()
    {
        var project = Proposed();
        project.Agree(Binding);
        project.Commence(new DateOnly(2024, 2, 1));

        project.Finish(new DateOnly(2024, 3, 1), delivered: false);

        Assert.Equal(ProjectStatus.Closed, project.Status);
    }

    private static ProjectProposal Proposed() =>
        ProjectProposal.Propose(Guid.NewGuid(), "Document fraud course", "Training for border officers", Workstream.Training,
            ["training"], [Guid.NewGuid()], DateTimeOffset.UnixEpoch);
}
