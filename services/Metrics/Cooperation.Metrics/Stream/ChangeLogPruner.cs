using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Microsoft.Extensions.Options;

namespace Cooperation.Metrics.Stream;

/// <summary>
/// Keeps the change log bounded: every <see cref="StreamOptions.PruneInterval"/> (on the service's
/// clock) it deletes rows older than <see cref="StreamOptions.KeepChangesFor"/> except the newest
/// <see cref="StreamOptions.KeepChangeVersions"/>. A client resuming from before the oldest row
/// kept is then answered with a reset and a fresh snapshot. Each pass that deletes is audited.
/// </summary>
public sealed partial class ChangeLogPruner(
    IUnitOfWorkFactory unitOfWorkFactory, StreamRepository stream, IOptions<StreamOptions> options, TimeProvider time,
    ILogger<ChangeLogPruner> logger) : BackgroundService
{
    public const string ResourceType = "IndicatorChangeLog";

    // Task.Delay takes at most about 24.8 days; a longer interval waits again.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(24);

    /// <summary>One pass; returns the rows deleted.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("PruneChangeLog", cancellationToken);
        var deleted = await stream.PruneAsync(unitOfWork, time.GetUtcNow() - settings.KeepChangesFor, settings.KeepChangeVersions);
        if (deleted == 0)
        {
            return 0;   // nothing changed, nothing to audit: the unit rolls back
        }

        unitOfWork.Audit(AuditAction.Delete, ResourceType, "indicator_changes", ["version", "changed_at"],
            justification: $"{deleted} rows older than {settings.KeepChangesFor} beyond the newest {settings.KeepChangeVersions} versions");
        await unitOfWork.CommitAsync();
        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LogPruned(await PruneAsync(stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailure(e);
            }

            try
            {
                var interval = options.Value.PruneInterval;
                await Task.Delay(interval < LongestWait ? interval : LongestWait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pruned {Deleted} rows of the change log")]
    private partial void LogPruned(int deleted);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pruning the change log failed; it runs again at the next interval")]
    private partial void LogFailure(Exception exception);
}
