using System.Diagnostics;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Cooperation.Metrics.Observations;
using Microsoft.Extensions.DependencyInjection;

namespace Cooperation.Bench.Stream;

/// <summary>
/// Commits changes at a steady rate the way a consumed event does (an observation in a unit of
/// work, with its audit record): the n-th commit sets the benchmark quarter's value to n. It notes
/// when each commit began, so latency is commit → receipt, the commit included.
/// </summary>
internal sealed class Committer(IServiceProvider services, Quarter quarter, int maxCommits)
{
    private readonly long[] _committedAt = new long[maxCommits + 1];
    private readonly IUnitOfWorkFactory _units = services.GetRequiredService<IUnitOfWorkFactory>();
    private readonly ObservationRecorder _recorder = services.GetRequiredService<ObservationRecorder>();

    public int Count { get; private set; }

    public long CommittedAt(int value) => _committedAt[value];

    /// <summary>Commits <paramref name="perSecond"/> changes a second for <paramref name="duration"/>; returns the first and last value committed.</summary>
    public async Task<(int First, int Last)> RunAsync(int perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var first = Count + 1;
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / perSecond));
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < end && await ticks.WaitForNextTickAsync(cancellationToken))
        {
            await CommitOneAsync(cancellationToken);
        }

        return (first, Count);
    }

    private async Task CommitOneAsync(CancellationToken cancellationToken)
    {
        var held = new MeetingHeld
        {
            MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(quarter.Year, (quarter.Number * 3) - 1, 1), Year = quarter.Year, Quarter = quarter.Number,
            BothParticipantsPresent = true, AttendeeCount = 2, OccurredAt = DateTimeOffset.UtcNow,
        };
        await using var unitOfWork = await _units.BeginAsync("BenchmarkCommit", cancellationToken);
        await _recorder.RecordAsync(unitOfWork, held, Observation.Count(BuiltInIndicators.MeetingsHeld, quarter));
        var value = Count + 1;
        _committedAt[value] = Stopwatch.GetTimestamp();
        await unitOfWork.CommitAsync();
        Count = value;
    }
}
