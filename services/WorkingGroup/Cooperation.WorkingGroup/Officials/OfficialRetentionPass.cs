using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// One pass of the retention rule (<see cref="OfficialRetention"/>): anonymises, as the service
/// itself (the unit of a job names the service), every official whose retention period ended
/// before today. Idempotent; the background job runs it daily, tests call it directly.
/// </summary>
internal sealed partial class OfficialRetentionPass(
    OfficialRepository officials, IUnitOfWorkFactory unitOfWorkFactory, TimeProvider time,
    ILogger<OfficialRetentionPass> logger)
{
    public const string Operation = "OfficialRetentionExpired";

    private const string Justification = "The retention period of the official's data ended.";

    /// <summary>Returns the ids of the officials this pass erased.</summary>
    public async Task<IReadOnlyList<Guid>> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        var erased = new List<Guid>();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(Operation, cancellationToken);
        var due = (await officials.HeldAsync(unitOfWork)).Where(h => OfficialRetention.IsDue(h, today)).Select(h => h.OfficialId).ToList();
        foreach (var official in await officials.FindManyAsync(unitOfWork, due))
        {
            if (await OfficialErasure.EraseAsync(unitOfWork, officials, official, Justification, now))
            {
                erased.Add(official.Id);
            }
        }

        // A pass that erased nothing has nothing to commit (and no audit record to commit with).
        if (erased.Count > 0)
        {
            await unitOfWork.CommitAsync();
            LogErased(logger, erased.Count);
        }

        return erased;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Anonymised {Count} officials whose retention period ended")]
    private static partial void LogErased(ILogger logger, int count);
}
