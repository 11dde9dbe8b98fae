using System.Diagnostics.Metrics;
using Cooperation.BuildingBlocks.Data.Jobs;
using Cooperation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.BuildingBlocks.Tests.Jobs;

public sealed class ScheduledPassJobTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2025, 3, 21, 9, 0, 0, TimeSpan.Zero);

    // A meter factory of this test's own, so no other test's passes reach its collectors.
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public ScheduledPassJobTests() => Metrics = new ScheduledPassMetrics(MeterFactory);

    private IMeterFactory MeterFactory => _meters.GetRequiredService<IMeterFactory>();

    private ScheduledPassMetrics Metrics { get; }

    public void Dispose() => _meters.Dispose();

    [Fact]
    public async Task A_pass_that_fails_at_start_up_runs_again_after_the_retry_delay_not_a_day_later()
    {
        var clock = new FakeTimeProvider(Start);
        var job = new CountingJob(clock, Metrics, failures: 1);
        await WhileRunningAsync(job, async () =>
        {
            await StartUpPassThenRetryAsync(clock, job);
            Assert.Equal([Start, Start + ScheduledPassJob.RetryDelay(1)], job.RanAt);
        });
    }

    [Fact]
    public async Task After_a_pass_that_succeeds_the_next_one_is_the_regular_one()
    {
        var clock = new FakeTimeProvider(Start);
        var job = new CountingJob(clock, Metrics, failures: 1);
        await WhileRunningAsync(job, async () =>
        {
            await StartUpPassThenRetryAsync(clock, job);

            // Ten retry delays pass: a job still retrying would have run again; the regular pass is a day away.
            clock.Advance(ScheduledPassJob.RetryDelay(1) * 10);
            clock.Advance(CountingJob.Interval - ScheduledPassJob.RetryDelay(1) * 10);

            await Eventually.UntilAsync(() => Task.FromResult(job.Attempts), n => n == 3, "the regular pass");
            Assert.Equal(Start + ScheduledPassJob.RetryDelay(1) + CountingJob.Interval, job.RanAt[2]);
        });
    }

    [Fact]
    public void Retries_wait_twice_as_long_each_time_up_to_ten_minutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(15), ScheduledPassJob.RetryDelay(1));
        Assert.Equal(TimeSpan.FromSeconds(30), ScheduledPassJob.RetryDelay(2));
        Assert.Equal(TimeSpan.FromSeconds(240), ScheduledPassJob.RetryDelay(5));
        Assert.Equal(TimeSpan.FromMinutes(10), ScheduledPassJob.RetryDelay(7));
        Assert.Equal(TimeSpan.FromMinutes(10), ScheduledPassJob.RetryDelay(int.MaxValue));
    }

    [Fact]
    public async Task A_pass_that_times_out_is_retried_and_does_not_end_the_job()
    {
        var clock = new FakeTimeProvider(Start);
        var job = new CountingJob(clock, Metrics, failures: 1, failWith: () => new OperationCanceledException("command timeout"));
        await WhileRunningAsync(job, async () =>
        {
            await StartUpPassThenRetryAsync(clock, job);
            Assert.False(job.ExecuteTask!.IsCompleted);
        });
    }

    [Fact]
    public async Task Each_pass_is_counted_by_outcome_and_the_last_success_is_observable()
    {
        using var passes = new MetricCollector<long>(MeterFactory, ScheduledPassMetrics.MeterName, "cooperation.jobs.passes");
        using var lastSuccess = new MetricCollector<double>(MeterFactory, ScheduledPassMetrics.MeterName, "cooperation.jobs.last_success");
        var clock = new FakeTimeProvider(Start);
        var job = new CountingJob(clock, Metrics, failures: 1);
        await WhileRunningAsync(job, async () =>
        {
            lastSuccess.RecordObservableInstruments();
            Assert.Empty(lastSuccess.GetMeasurementSnapshot());

            await StartUpPassThenRetryAsync(clock, job);
            await Eventually.UntilAsync(() => Task.FromResult(passes.GetMeasurementSnapshot().Count), n => n == 2, "both passes counted");
        });

        Assert.Equal(
            [("counting", "failed"), ("counting", "succeeded")],
            passes.GetMeasurementSnapshot().Select(m => ((string)m.Tags["job"]!, (string)m.Tags["outcome"]!)));
        lastSuccess.RecordObservableInstruments();
        var observed = Assert.Single(lastSuccess.GetMeasurementSnapshot());
        Assert.Equal("counting", observed.Tags["job"]);
        Assert.Equal((Start + ScheduledPassJob.RetryDelay(1)).ToUnixTimeMilliseconds() / 1000.0, observed.Value);
    }

    /// <summary>Waits for the start-up pass, moves the clock by the first retry delay, and waits for the retry.</summary>
    private static async Task StartUpPassThenRetryAsync(FakeTimeProvider clock, CountingJob job)
    {
        await Eventually.UntilAsync(() => Task.FromResult(job.Attempts), n => n == 1, "the start-up pass");
        clock.Advance(ScheduledPassJob.RetryDelay(1));
        await Eventually.UntilAsync(() => Task.FromResult(job.Attempts), n => n == 2, "the retry");
    }

    private static async Task WhileRunningAsync(ScheduledPassJob job, Func<Task> steps)
    {
        await job.StartAsync(CancellationToken.None);
        try
        {
            await steps();
        }
        finally
        {
            await job.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>A daily pass that fails its first <c>failures</c> attempts and records when each ran.</summary>
    private sealed class CountingJob(TimeProvider clock, ScheduledPassMetrics metrics, int failures, Func<Exception>? failWith = null)
        : ScheduledPassJob(clock, metrics, NullLogger.Instance)
    {
        public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

        private readonly List<DateTimeOffset> _ranAt = [];

        public int Attempts
        {
            get
            {
                lock (_ranAt)
                {
                    return _ranAt.Count;
                }
            }
        }

        public IReadOnlyList<DateTimeOffset> RanAt
        {
            get
            {
                lock (_ranAt)
                {
                    return [.. _ranAt];
                }
            }
        }

        protected override string Name => "counting";

        protected override DateTimeOffset NextPassAfter(DateTimeOffset checkedAt) => checkedAt + Interval;

        protected override Task RunPassAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            int attempt;
            lock (_ranAt)
            {
                _ranAt.Add(now);
                attempt = _ranAt.Count;
            }

            return attempt <= failures ? Task.FromException(failWith?.Invoke() ?? new InvalidOperationException("the database is away")) : Task.CompletedTask;
        }
    }
}
