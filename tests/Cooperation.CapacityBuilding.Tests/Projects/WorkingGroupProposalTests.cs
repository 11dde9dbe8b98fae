using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Projects;

namespace Cooperation.CapacityBuilding.Tests.Projects;

public sealed class WorkingGroupProposalTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_unproposed_drafts_in_identification_are_proposed_a_draft_is_proposed_once()
    {
        var project = ProjectLifecycleTests.ProjectIn(ProjectStatus.Identification);

        project.ProposeToWorkingGroup(Now);

        Assert.Equal(Now, project.ProposedAt);
        var again = Assert.Throws<RuleViolationException>(() => project.ProposeToWorkingGroup(Now.AddDays(1)));
        Assert.Equal(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed, again.Rule);
        Assert.Equal(Now, project.ProposedAt);
    }

    [Theory]
    [InlineData(ProjectStatus.Implementation)]
    [InlineData(ProjectStatus.Suspended)]
    [InlineData(ProjectStatus.Closed)]
    public void Only_unproposed_drafts_in_identification_are_proposed_not_a_running_or_ended_project(ProjectStatus status)
    {
        var project = ProjectLifecycleTests.ProjectIn(status);

        var refused = Assert.Throws<RuleViolationException>(() => project.ProposeToWorkingGroup(Now));

        Assert.Equal(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed, refused.Rule);
        Assert.Null(project.ProposedAt);
    }

    [Fact]
    public void Only_unproposed_drafts_in_identification_are_proposed_not_one_the_working_group_agreed()
    {
        var agreed = new Project(Guid.NewGuid(), new BilingualText("Title", ""), new BilingualText("Summary", ""), null, ["4c"],
            [CooperationAreaTag.BorderSecurity], Guid.NewGuid(), [], ProjectStatus.Identification, null, null, Now, decisionId: Guid.NewGuid());

        var refused = Assert.Throws<RuleViolationException>(() => agreed.ProposeToWorkingGroup(Now));

        Assert.Equal(ProjectRules.OnlyUnproposedDraftsInIdentificationAreProposed, refused.Rule);
    }

    [Fact]
    public void An_agreement_is_recorded_only_for_a_project_proposed_from_here_and_only_once()
    {
        var draft = ProjectLifecycleTests.ProjectIn(ProjectStatus.Identification);
        var proposed = ProjectLifecycleTests.ProjectIn(ProjectStatus.Identification);
        proposed.ProposeToWorkingGroup(Now);
        var decision = Guid.NewGuid();

        Assert.False(draft.RecordAgreement(decision));
        Assert.True(proposed.RecordAgreement(decision));
        Assert.False(proposed.RecordAgreement(Guid.NewGuid()));
        Assert.Null(draft.DecisionId);
        Assert.Equal(decision, proposed.DecisionId);
    }
}
