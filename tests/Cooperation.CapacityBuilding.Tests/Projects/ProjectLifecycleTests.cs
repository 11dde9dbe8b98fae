using Cooperation.BuildingBlocks.Domain;
using Cooperation.CapacityBuilding.Projects;

namespace Cooperation.CapacityBuilding.Tests.Projects;

public sealed class ProjectLifecycleTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    [Theory]
    [InlineData(ProjectStatus.Identification, ProjectStatus.Implementation)]
    [InlineData(ProjectStatus.Implementation, ProjectStatus.Finalisation)]
    [InlineData(ProjectStatus.Finalisation, ProjectStatus.Closed)]
    [InlineData(ProjectStatus.Identification, ProjectStatus.Suspended)]
    [InlineData(ProjectStatus.Finalisation, ProjectStatus.Cancelled)]
    public void Project_status_follows_the_life_cycle_forward_and_to_suspension_or_cancellation(ProjectStatus from, ProjectStatus to)
    {
        var project = ProjectIn(from);

        project.ChangeStatus(to, "funding paused", Today);

        Assert.Equal(to, project.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.Identification, ProjectStatus.Finalisation)]
    [InlineData(ProjectStatus.Identification, ProjectStatus.Closed)]
    [InlineData(ProjectStatus.Implementation, ProjectStatus.Identification)]
    [InlineData(ProjectStatus.Implementation, ProjectStatus.Implementation)]
    [InlineData(ProjectStatus.Closed, ProjectStatus.Implementation)]
    [InlineData(ProjectStatus.Cancelled, ProjectStatus.Suspended)]
    public void Project_status_follows_the_life_cycle_and_refuses_other_moves(ProjectStatus from, ProjectStatus to)
    {
        var project = ProjectIn(from);

        var refused = Assert.Throws<RuleViolationException>(() => project.ChangeStatus(to, "a reason", Today));

        Assert.Equal(ProjectRules.ProjectStatusFollowsTheLifeCycle, refused.Rule);
    }

    [Fact]
    public void Suspended_projects_resume_where_they_stopped()
    {
        var project = ProjectIn(ProjectStatus.Implementation);
        project.ChangeStatus(ProjectStatus.Suspended, "border crossing closed", Today);

        var refused = Assert.Throws<RuleViolationException>(() => project.ChangeStatus(ProjectStatus.Finalisation, null, Today));
        var resumed = project.ChangeStatus(ProjectStatus.Implementation, null, Today.AddDays(10));

        Assert.Equal(ProjectRules.SuspendedProjectsResumeWhereTheyStopped, refused.Rule);
        Assert.Equal(ProjectStatus.Implementation, project.Status);
        Assert.False(resumed.Commenced);
        Assert.Equal(Today.AddDays(-30), project.ActualStart);
        Assert.Null(project.StatusReason);
    }

    [Theory]
    [InlineData(ProjectStatus.Suspended)]
    [InlineData(ProjectStatus.Cancelled)]
    public void Suspension_and_cancellation_need_a_reason(ProjectStatus to)
    {
        var project = ProjectIn(ProjectStatus.Implementation);

        var refused = Assert.Throws<RuleViolationException>(() => project.ChangeStatus(to, "  ", Today));

        Assert.Equal(ProjectRules.SuspensionAndCancellationNeedAReason, refused.Rule);
    }

    [Fact]
    public void Entering_implementation_commences_once_and_closing_ends_delivered_while_cancelling_ends_undelivered()
    {
        var project = ProjectIn(ProjectStatus.Identification);

        var commenced = project.ChangeStatus(ProjectStatus.Implementation, null, Today);
        project.ChangeStatus(ProjectStatus.Finalisation, null, Today.AddDays(1));
        var closed = project.ChangeStatus(ProjectStatus.Closed, null, Today.AddDays(2));
        var cancelled = ProjectIn(ProjectStatus.Identification).ChangeStatus(ProjectStatus.Cancelled, "no funding", Today);

        Assert.True(commenced.Commenced);
        Assert.Equal(Today, project.ActualStart);
        Assert.True(closed is { Ended: true, Delivered: true });
        Assert.Equal(Today.AddDays(2), project.ActualEnd);
        Assert.True(cancelled is { Ended: true, Delivered: false, Commenced: false });
    }

    [Fact]
    public void Stale_version_is_refused_and_the_current_one_passes()
    {
        var id = Guid.NewGuid();

        ProjectVersion.EnsureCurrent(id, 3, 3);
        var refused = Assert.Throws<RuleViolationException>(() => ProjectVersion.EnsureCurrent(id, 3, 2));

        Assert.Equal(ProjectRules.StaleVersion, refused.Rule);
    }

    [Fact]
    public void The_lead_and_partners_change_a_project_but_beneficiaries_do_not()
    {
        var partner = Guid.NewGuid();
        var beneficiary = Guid.NewGuid();
        var project = ProjectIn(ProjectStatus.Identification, [new(partner, AgencyRole.Partner), new(beneficiary, AgencyRole.Beneficiary)]);

        Assert.True(project.IsChangedBy(project.LeadAgencyId));
        Assert.True(project.IsChangedBy(partner));
        Assert.False(project.IsChangedBy(beneficiary));
        Assert.False(project.IsChangedBy(Guid.NewGuid()));
    }

    internal static Project ProjectIn(ProjectStatus status, IReadOnlyList<ProjectAgency>? agencies = null) => new(
        Guid.NewGuid(), new BilingualText("Title", "Заглавие"), new BilingualText("Description", "Описание"), ProjectType.BorderSecuritySystems,
        ["4c"], [CooperationAreaTag.BorderSecurity], Guid.NewGuid(), agencies ?? [], status, null, null, DateTimeOffset.UnixEpoch,
        actualStart: status is ProjectStatus.Identification ? null : Today.AddDays(-30),
        actualEnd: status is ProjectStatus.Closed or ProjectStatus.Cancelled ? Today.AddDays(-1) : null);
}
