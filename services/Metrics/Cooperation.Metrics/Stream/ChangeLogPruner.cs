using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Data.Jobs;
using Microsoft.Extensions.Options;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// Keeps the change log bounded: every <see cref="StreamOptions.PruneInterval"/> (on the service's
/// clock) it deletes rows older than <see cref="StreamOptions.KeepChangesFor"/> except the newest
/// <see cref="StreamOptions.KeepChangeVersions"/>. A client resuming from before the oldest row
/// kept is then answered with a reset and a fresh snapshot. Each pass that deletes is audited; a
/// failed pass is retried as <see cref="ScheduledPassJob"/> says.
/// </summary>
public sealed partial class ChangeLogPruner(
    IUnitOfWorkFactory unitOfWorkFactory, StreamRepository stream, IOptions<StreamOptions> options, TimeProvider time,
    ScheduledPassMetrics metrics, ILogger<ChangeLogPruner> logger) : ScheduledPassJob(time, metrics, logger)
{
    public const string ResourceType = "IndicatorChangeLog";

    /// <summary>One pass; returns the rows deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("PruneChangeLog", cancellationToken);
        var deleted = await stream.PruneAsync(unitOfWork, Clock.GetUtcNow() - settings.KeepChangesFor, settings.KeepChangeVersions);
        if (deleted == 0)
        {
            return 0;   // nothing changed, nothing to audit: the unit rolls back
        }

        unitOfWork.Audit(AuditAction.Delete, ResourceType, "indicator_changes", ["version", "changed_at"],
            justification: $"{deleted} rows older than {settings.KeepChangesFor} beyond the newest {settings.KeepChangeVersions} versions");
        await unitOfWork.CommitAsync();
        return deleted;
    }

    protected override string Name => "change_log_pruning";

    protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => checkedAt + options.Value.PruneInterval;

    protected override async Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        LogPruned(Logger, await PruneAsync(cancellationToken));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Deleted} rows of the change log")]
    private static partial void LogPruned(ILogger logger, int deleted);
}
