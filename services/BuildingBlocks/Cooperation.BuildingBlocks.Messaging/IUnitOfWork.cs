using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>
/// One database transaction, the events it announces and whatever else must commit with it (the
/// audit record). Events passed to <see cref="Publish"/> are written to the outbox inside the same
/// transaction at <see cref="CommitAsync"/>, so the change and its announcement commit together or
/// not at all. Disposing without committing rolls everything back.
/// </summary>
public interface IUnitOfWork : IDbSession, IAsyncDisposable
{
    new DbTransaction Transaction { get; }

    /// <summary>What this unit does, for its records: the gRPC method, the consumed message or the job.</summary>
    string Operation { get; }

    /// <summary>Ties the unit's events and records to the call or message that caused them.</summary>
    string? CorrelationId { get; }

    /// <summary>Queues an event for the outbox; an event without <see cref="IntegrationEvent.OccurredAt"/> is stamped now.</summary>
    void Publish(IntegrationEvent integrationEvent);

    /// <summary>
    /// State that a commit participant keeps for this unit (the audit entries, the queued events),
    /// created on first use. Participants own their types; features do not call this directly.
    /// </summary>
    T Feature<T>() where T : class, new();

    /// <summary>True when a participant of type <typeparamref name="T"/> takes part in this unit's commit.</summary>
    bool HasParticipant<T>() where T : IUnitOfWorkParticipant;

    Task CommitAsync();
}
