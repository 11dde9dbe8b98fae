using System.Data.Common;
using Cooperation.BuildingBlocks.Data;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging;

internal sealed class UnitOfWork(
    DbConnection connection,
    DbTransaction transaction,
    IReadOnlyList<IUnitOfWorkParticipant> participants,
    TimeProvider clock,
    string operation,
    string? correlationId,
    CancellationToken cancellationToken) : DbSession, IUnitOfWork
{
    private readonly Dictionary<Type, object> _features = [];
    private bool _committed;

    public override DbConnection Connection => connection;

    public override DbTransaction Transaction => transaction;

    DbTransaction? IDbSession.Transaction => transaction;

    public override CancellationToken CancellationToken => cancellationToken;

    public string Operation => operation;

    public string? CorrelationId => correlationId;

    public void Publish(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ObjectDisposedException.ThrowIf(_committed, this);
        Feature<PendingEvents>().Add(integrationEvent.OccurredAt == default
            ? integrationEvent with { OccurredAt = clock.GetUtcNow() }
            : integrationEvent);
    }

    public T Feature<T>() where T : class, new()
    {
        if (!_features.TryGetValue(typeof(T), out var feature))
        {
            feature = new T();
            _features[typeof(T)] = feature;
        }

        return (T)feature;
    }

    public bool HasParticipant<T>() where T : IUnitOfWorkParticipant => participants.Any(p => p is T);

    public async Task CommitAsync()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        foreach (var participant in participants)
        {
            await participant.OnCommittingAsync(this);
        }

        await transaction.CommitAsync(cancellationToken);
        _committed = true;
        foreach (var participant in participants)
        {
            participant.OnCommitted(this);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
