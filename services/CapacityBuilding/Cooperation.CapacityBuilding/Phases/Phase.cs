using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.CapacityBuilding.Phases;

/// <summary>A phase of a project's life cycle with its start and finish gates (<see cref="PhaseGates"/>).</summary>
public sealed class Phase(
    Guid id, Guid projectId, int position, string name, DateOnly plannedStart, DateOnly plannedEnd, PhaseStatus status,
    IReadOnlyList<GateCriterion> criteria, DateTimeOffset? startedAt = null, DateTimeOffset? closedAt = null)
{
    public Guid Id { get; } = id;

    public Guid ProjectId { get; } = projectId;

    public int Position { get; } = position;

    public string Name { get; } = name;

    public DateOnly PlannedStart { get; } = plannedStart;

    public DateOnly PlannedEnd { get; } = plannedEnd;

    public PhaseStatus Status { get; private set; } = status;

    /// <summary>Start gate first, each gate's criteria in the order given.</summary>
    public IReadOnlyList<GateCriterion> Criteria { get; } = criteria;

    public DateTimeOffset? StartedAt { get; private set; } = startedAt;

    public DateTimeOffset? ClosedAt { get; private set; } = closedAt;

    /// <summary>Signs one criterion off; NotFound when the phase has no such criterion.</summary>
    public GateCriterion SignOff(Guid criterionId, string by, Guid? agencyId, DateTimeOffset at, string evidence)
    {
        var criterion = Criteria.FirstOrDefault(c => c.Id == criterionId)
            ?? throw new NotFoundException("gate criterion", criterionId.ToString());
        PhaseGates.EnsureCanSignOff(Id, Status, criterion);
        criterion.SignOff(by, agencyId, at, evidence);
        return criterion;
    }

    public void Start(DateTimeOffset now)
    {
        PhaseGates.EnsureCanStart(Id, Status, Criteria);
        Status = PhaseStatus.Active;
        StartedAt = now;
    }

    public void Close(DateTimeOffset now)
    {
        PhaseGates.EnsureCanClose(Id, Status, Criteria);
        Status = PhaseStatus.Closed;
        ClosedAt = now;
    }
}
