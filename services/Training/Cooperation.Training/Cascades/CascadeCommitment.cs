using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Cascades;

/// <summary>An official's commitment to pass on a completed exchange or training by a due day, and the sessions where they did.</summary>
public sealed record CascadeCommitment(
    Guid Id, Guid OfficialId, Guid AgencyId, Participant Participant, Guid? ExchangeId, Guid? BookingId, DateOnly DueOn,
    string CommittedBy, DateTimeOffset CommittedAt, DateTimeOffset? OverdueAt, IReadOnlyList<CascadeSession> Sessions)
{
    public int PeopleReached => Sessions.Sum(s => s.AudienceCount);

    public CascadeCommitment With(CascadeSession session) => this with { Sessions = [.. Sessions, session] };
}

/// <summary>A session where the committed official passed the knowledge on.</summary>
public sealed record CascadeSession(
    Guid Id, Guid CommitmentId, DateOnly DeliveredOn, int AudienceCount, Guid AgencyId, string RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A commitment the overdue check claimed and flagged.</summary>
public sealed class OverdueCommitment
{
    public Guid Id { get; init; }
    public Guid OfficialId { get; init; }
    public Guid AgencyId { get; init; }

    /// <summary>As stored: a <see cref="Contracts.Messages.ParticipantCodes"/> value.</summary>
    public string Participant { get; init; } = "";
    public DateOnly DueOn { get; init; }
}
