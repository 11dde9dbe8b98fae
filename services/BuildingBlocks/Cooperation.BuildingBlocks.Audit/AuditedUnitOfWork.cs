using System.Data.Common;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// A unit of work that cannot commit without its audit record: the entries given to
/// <see cref="AuditedUnitOfWorkExtensions.Audit"/> are appended to the chain inside the same
/// transaction as the change and its events, just before the commit, and a unit with no entry
/// refuses to commit at all. Every unit a service with <c>AddAudit()</c> begins is one of these.
/// </summary>
internal sealed class AuditedUnitOfWork(IUnitOfWork inner, AuditTrail trail) : IUnitOfWork
{
    private readonly List<AuditEntry> _entries = [];

    public DbConnection Connection => inner.Connection;

    public DbTransaction Transaction => inner.Transaction;

    public void Publish(IntegrationEvent integrationEvent) => inner.Publish(integrationEvent);

    public void Add(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Add(entry);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_entries.Count == 0)
        {
            throw new InvalidOperationException(
                "A change cannot commit without its audit record: call IUnitOfWork.Audit(...) before CommitAsync.");
        }

        foreach (var entry in _entries)
        {
            await trail.AppendAsync(inner.Connection, inner.Transaction, entry, cancellationToken);
        }

        await inner.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
