using Cooperation.BuildingBlocks.Data;

namespace Cooperation.BuildingBlocks.Messaging;

internal sealed class UnitOfWorkFactory(
    IDbConnectionFactory connections, IEnumerable<IUnitOfWorkParticipant> participants, TimeProvider clock) : IUnitOfWorkFactory
{
    private readonly IUnitOfWorkParticipant[] _participants = participants.ToArray();

    public async Task<IUnitOfWork> BeginAsync(string operation, string? correlationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new UnitOfWork(connection, transaction, _participants, clock, operation, correlationId, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
