namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>
/// Begins units of work. A gRPC handler begins one from its call (<c>BeginAsync(ServerCallContext)</c>
/// in the audit building block), which names the caller, the operation and the token; consumers get
/// theirs from the inbox filter, and jobs name their operation here.
/// </summary>
public interface IUnitOfWorkFactory
{
    Task<IUnitOfWork> BeginAsync(string operation, string? correlationId, CancellationToken cancellationToken);
}
