namespace Cooperation.CapacityBuilding;

/// <summary>
/// Runs a pass of a check by itself on the service's clock: at start-up (catching what fell due
/// while the service was down) and then at each UTC midnight. A pass is idempotent, so an extra
/// wake-up costs a query and nothing else; a failed pass is logged and retried at the next one.
/// </summary>
internal abstract partial class DailyJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The next UTC midnight after <paramref name="checkedAt"/>.</summary>
    internal static DateTimeOffset NextCheckAfter(DateTimeOffset checkedAt) =>
        new(DateOnly.FromDateTime(checkedAt.UtcDateTime).AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    protected abstract string Name { get; }

    protected abstract Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var checkedAt = clock.GetUtcNow();
            try
            {
                await RunPassAsync(checkedAt, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailure(logger, ex, Name);
            }

            var sleep = NextCheckAfter(checkedAt) - clock.GetUtcNow();
            if (sleep > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(sleep, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Job} pass failed; it runs again at the next wake-up")]
    private static partial void LogFailure(ILogger logger, Exception exception, string job);
}
