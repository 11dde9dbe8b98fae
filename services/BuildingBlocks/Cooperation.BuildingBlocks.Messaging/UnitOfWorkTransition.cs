using System.Runtime.CompilerServices;

using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation;

/// <summary>
/// Transitional: the older call shapes, kept while features move to <c>BeginAsync(ServerCallContext)</c> and
/// <see cref="IUnitOfWork.CommitAsync()"/>; the operation is the calling method's name.
/// </summary>
public static class UnitOfWorkTransition
{
    public static Task<IUnitOfWork> BeginAsync(
        this IUnitOfWorkFactory factory, CancellationToken cancellationToken = default, [CallerMemberName] string operation = "")
        => factory.BeginAsync(operation, cancellationToken);

    public static Task CommitAsync(this IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        _ = cancellationToken;
        return unitOfWork.CommitAsync();
    }
}
