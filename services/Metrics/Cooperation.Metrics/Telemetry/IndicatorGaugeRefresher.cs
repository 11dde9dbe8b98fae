using System.Threading.Channels;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.Metrics.Telemetry;

/// <summary>
/// Keeps <see cref="IndicatorGauges"/>' snapshot current: reads every current value in one query at
/// start, after commits of this process (a burst of commits makes one read), and every
/// <see cref="FallbackInterval"/> for other replicas' commits. A unit-of-work participant to hear of commits.
/// </summary>
public sealed partial class IndicatorGaugeRefresher(
    IDbConnectionFactory connections, IndicatorSnapshotRepository snapshots, IndicatorGauges gauges, ILogger<IndicatorGaugeRefresher> logger)
    : BackgroundService, IUnitOfWorkParticipant
{
    public static readonly TimeSpan FallbackInterval = TimeSpan.FromSeconds(30);

    private readonly Channel<bool> _committed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public Task OnCommittingAsync(IUnitOfWork unitOfWork) => Task.CompletedTask;

    public void OnCommitted(IUnitOfWork unitOfWork) => _committed.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var session = await ReadSession.OpenAsync(connections, stoppingToken))
                {
                    gauges.Replace(await snapshots.CurrentValuesAsync(session));
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(FallbackInterval);
                await _committed.Reader.WaitToReadAsync(wait.Token);
                _committed.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // The fallback interval passed with no commit here: read again for other replicas'.
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The gauges keep the last snapshot; the next commit or interval tries again.
                LogRefreshFailed(logger, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the indicator gauges' snapshot")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
