using System.Data.Common;
using System.Diagnostics;
using Cooperation.BuildingBlocks.Messaging.Outbox;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging;

internal sealed class UnitOfWork(DbConnection connection, DbTransaction transaction, IOutboxSignal signal) : IUnitOfWork
{
    private readonly List<IntegrationEvent> _pending = [];
    private bool _committed;

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public void Publish(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        ObjectDisposedException.ThrowIf(_committed, this);
        _pending.Add(integrationEvent);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        // The current trace id ties each event to the call that caused it.
        await OutboxWriter.WriteAsync(connection, transaction, _pending, Activity.Current?.TraceId.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _committed = true;
        if (_pending.Count > 0)
        {
            signal.Notify();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
