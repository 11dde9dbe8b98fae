using System.Diagnostics;

namespace Cooperation.BuildingBlocks.Messaging;

public static class UnitOfWorkFactoryExtensions
{
    /// <summary>Begins a unit for <paramref name="operation"/> (a job or start-up step), correlated with the current trace.</summary>
    public static Task<IUnitOfWork> BeginAsync(this IUnitOfWorkFactory factory, string operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory.BeginAsync(operation, Activity.Current?.TraceId.ToString(), cancellationToken);
    }
}
