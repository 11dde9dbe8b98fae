using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>Hands out <see cref="AuditedUnitOfWork"/>s in place of the plain ones.</summary>
internal sealed class AuditedUnitOfWorkFactory(IUnitOfWorkFactory inner, AuditTrail trail) : IUnitOfWorkFactory
{
    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default) =>
        new AuditedUnitOfWork(await inner.BeginAsync(cancellationToken), trail);
}
