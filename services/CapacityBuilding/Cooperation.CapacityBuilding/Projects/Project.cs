using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Projects;

/// <summary>
/// A capacity-building project (¶4c): what it builds, the statement paragraphs and cooperation
/// areas it serves, its lead agency with partners and beneficiaries, its planned and actual dates,
/// and its IATI status (<see cref="ProjectLifecycle"/>). <see cref="Version"/> grows with every
/// change of the project or its plan (<see cref="ProjectVersion"/>).
/// </summary>
public sealed class Project(
    Guid id, BilingualText title, BilingualText description, ProjectType? type, IReadOnlyList<string> statementParagraphs,
    IReadOnlyList<CooperationAreaTag> cooperationAreas, Guid leadAgencyId, IReadOnlyList<ProjectAgency> agencies,
    ProjectStatus status, DateOnly? plannedStart, DateOnly? plannedEnd, DateTimeOffset createdAt, long version = 1,
    Guid? decisionId = null, string? statusReason = null, ProjectStatus? suspendedFrom = null,
    DateOnly? actualStart = null, DateOnly? actualEnd = null, DateTimeOffset? planApprovedAt = null,
    DateTimeOffset? proposedAt = null)
{
    public Guid Id { get; } = id;

    public BilingualText Title { get; private set; } = title;

    public BilingualText Description { get; private set; } = description;

    /// <summary>Null for a project the working group agreed that is not classified yet.</summary>
    public ProjectType? Type { get; private set; } = type;

    /// <summary>The statement's paragraphs it serves, such as "4c".</summary>
    public IReadOnlyList<string> StatementParagraphs { get; private set; } = statementParagraphs;

    public IReadOnlyList<CooperationAreaTag> CooperationAreas { get; private set; } = cooperationAreas;

    public Guid LeadAgencyId { get; } = leadAgencyId;

    public IReadOnlyList<ProjectAgency> Agencies { get; } = agencies;

    public ProjectStatus Status { get; private set; } = status;

    public string? StatusReason { get; private set; } = statusReason;

    /// <summary>The status a suspended project resumes in.</summary>
    public ProjectStatus? SuspendedFrom { get; private set; } = suspendedFrom;

    public DateOnly? PlannedStart { get; private set; } = plannedStart;

    public DateOnly? PlannedEnd { get; private set; } = plannedEnd;

    public DateOnly? ActualStart { get; private set; } = actualStart;

    public DateOnly? ActualEnd { get; private set; } = actualEnd;

    /// <summary>The working group's decision that agreed it; null for a project drafted here.</summary>
    public Guid? DecisionId { get; private set; } = decisionId;

    public long Version { get; private set; } = version;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>When the plan was approved and its baseline taken.</summary>
    public DateTimeOffset? PlanApprovedAt { get; private set; } = planApprovedAt;

    /// <summary>When it was proposed to the working group from here; null for a project not proposed from here.</summary>
    public DateTimeOffset? ProposedAt { get; private set; } = proposedAt;

    /// <summary>The lead and the partners change a project; beneficiaries only read it.</summary>
    public bool IsChangedBy(Guid agencyId) =>
        agencyId == LeadAgencyId || Agencies.Any(a => a.AgencyId == agencyId && a.Role == AgencyRole.Partner);

    /// <summary>Moves the project along its life cycle on <paramref name="today"/>; says whether this move commenced or ended it.</summary>
    public ProjectTransition ChangeStatus(ProjectStatus to, string? reason, DateOnly today)
    {
        ProjectLifecycle.EnsureCanMove(Id, Status, to, SuspendedFrom, reason);
        var from = Status;
        SuspendedFrom = to == ProjectStatus.Suspended ? from : null;
        StatusReason = to is ProjectStatus.Suspended or ProjectStatus.Cancelled ? reason!.Trim() : null;
        Status = to;
        var commenced = to == ProjectStatus.Implementation && ActualStart is null;
        if (commenced)
        {
            ActualStart = today;
        }

        var ended = ProjectLifecycle.IsFinal(to);
        if (ended)
        {
            ActualEnd = today;
        }

        return new ProjectTransition(from, to, commenced, ended);
    }

    /// <summary>Records that the plan was approved (its baseline is taken by the caller).</summary>
    public void ApprovePlan(DateTimeOffset now) => PlanApprovedAt = now;

    /// <summary>Proposes this draft to the working group at <paramref name="now"/> (<see cref="WorkingGroupProposal"/>).</summary>
    public void ProposeToWorkingGroup(DateTimeOffset now)
    {
        WorkingGroupProposal.EnsureProposable(Id, Status, DecisionId, ProposedAt);
        ProposedAt = now;
    }

    /// <summary>
    /// Takes the working group's agreement of a project proposed from here; false when it is not
    /// one awaiting agreement (already agreed, or never proposed from here), so nothing changes.
    /// </summary>
    public bool RecordAgreement(Guid decisionId)
    {
        if (!WorkingGroupProposal.AwaitsAgreement(DecisionId, ProposedAt))
        {
            return false;
        }

        DecisionId = decisionId;
        return true;
    }

    /// <summary>Replaces what the project is (texts, type, paragraphs, areas, planned dates); agencies and status stay.</summary>
    public void Revise(ProjectDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = details.Title;
        Description = details.Description;
        Type = details.Type;
        StatementParagraphs = details.StatementParagraphs;
        CooperationAreas = details.CooperationAreas;
        PlannedStart = details.PlannedStart;
        PlannedEnd = details.PlannedEnd;
    }

    /// <summary>Counts one more change of the project or its plan.</summary>
    public void NextVersion() => Version++;
}

/// <summary>One move of a project's status, and whether it commenced the work or ended the project.</summary>
public sealed record ProjectTransition(ProjectStatus From, ProjectStatus To, bool Commenced, bool Ended)
{
    /// <summary>Closed is delivered; cancelled is not.</summary>
    public bool Delivered => To == ProjectStatus.Closed;
}
