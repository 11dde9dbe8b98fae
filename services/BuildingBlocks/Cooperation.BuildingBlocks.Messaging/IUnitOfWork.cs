using System.Data.Common;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>
/// One database transaction and the events it announces. Events passed to <see cref="Publish"/>
/// are written to the outbox inside the same transaction at <see cref="CommitAsync"/>, so the
/// change and its announcement commit together or not at all. Disposing without committing rolls
/// both back.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    void Publish(IntegrationEvent integrationEvent);

    Task CommitAsync(CancellationToken cancellationToken = default);
}
