namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Runs the retention pass at start-up and then once a day by the service's clock, so data past
/// its retention period is erased without anyone asking. A failed pass is logged and retried at
/// the next wake-up.
/// </summary>
internal sealed partial class OfficialRetentionJob(OfficialRetentionPass pass, TimeProvider clock, ILogger<OfficialRetentionJob> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pass.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The officials' retention pass failed; it runs again at the next wake-up")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
