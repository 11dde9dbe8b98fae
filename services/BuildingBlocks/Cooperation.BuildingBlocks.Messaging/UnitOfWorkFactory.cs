using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging.Outbox;

namespace Cooperation.BuildingBlocks.Messaging;

internal sealed class UnitOfWorkFactory(IDbConnectionFactory connections, IOutboxSignal signal) : IUnitOfWorkFactory
{
    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new UnitOfWork(connection, transaction, signal);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
