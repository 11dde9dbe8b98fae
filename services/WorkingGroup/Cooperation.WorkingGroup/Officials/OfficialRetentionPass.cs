using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Agencies;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// One pass of the retention rule (<see cref="OfficialRetention"/>): anonymises, as the service
/// itself, every official whose retention period ended before today. Idempotent; the background
/// job runs it daily, tests call it directly.
/// </summary>
internal sealed partial class OfficialRetentionPass(
    IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time, ILogger<OfficialRetentionPass> logger)
{
    public const string Operation = "OfficialRetentionExpired";

    private const string Justification = "The retention period of the official's data ended.";

    /// <summary>Returns the ids of the officials this pass erased.</summary>
    public async Task<IReadOnlyList<Guid>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        var erased = new List<Guid>();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        foreach (var holding in await OfficialRepository.HeldAsync(unitOfWork, cancellationToken))
        {
            if (!OfficialRetention.IsDue(holding, today))
            {
                continue;
            }

            var official = await OfficialRepository.FindAsync(unitOfWork, holding.OfficialId, cancellationToken);
            if (official is not null && await OfficialErasure.EraseAsync(
                unitOfWork, official, WorkingGroupActor.System, Operation, Justification, now, cancellationToken))
            {
                erased.Add(official.Id);
            }
        }

        // A pass that erased nothing has nothing to commit (and no audit record to commit with).
        if (erased.Count > 0)
        {
            await unitOfWork.CommitAsync(cancellationToken);
            LogErased(logger, erased.Count);
        }

        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Anonymised {Count} officials whose retention period ended")]
    private static partial void LogErased(ILogger logger, int count);
}
