using Cooperation.AppHost.Platform;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Cooperation.AppHost.Tests.Platform;

public sealed class UntilFirstHealthyCheckTests
{
    [Fact]
    public async Task A_resource_that_turns_ready_mid_check_is_reported_healthy_by_that_check()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedCheck(unhealthyAnswers: 3);
        var check = new UntilFirstHealthyCheck(inner, time);

        var result = await RunAdvancingAsync(time, check);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(4, inner.Calls);
    }

    [Fact]
    public async Task A_resource_that_stays_away_is_reported_unhealthy_once_the_patience_runs_out()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedCheck(unhealthyAnswers: int.MaxValue);
        var check = new UntilFirstHealthyCheck(inner, time);
        var startedAt = time.GetUtcNow();

        var result = await RunAdvancingAsync(time, check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.InRange(time.GetUtcNow() - startedAt, UntilFirstHealthyCheck.Patience - UntilFirstHealthyCheck.PollInterval, UntilFirstHealthyCheck.Patience);
        // One ask at the start and one after each poll interval of the patience.
        Assert.Equal((int)(UntilFirstHealthyCheck.Patience / UntilFirstHealthyCheck.PollInterval) + 1, inner.Calls);
    }

    [Fact]
    public async Task After_the_first_healthy_answer_each_check_asks_once()
    {
        var time = new FakeTimeProvider();
        var inner = new ScriptedCheck(unhealthyAnswers: 0);
        var check = new UntilFirstHealthyCheck(inner, time);
        await check.CheckHealthAsync(new HealthCheckContext());
        inner.TurnUnhealthy();

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(2, inner.Calls);
    }

    // Moves the fake clock one poll at a time until the check answers, so its waits pass without real time.
    private static async Task<HealthCheckResult> RunAdvancingAsync(FakeTimeProvider time, UntilFirstHealthyCheck check)
    {
        var checking = check.CheckHealthAsync(new HealthCheckContext());
        for (var i = 0; i < 1_000 && !checking.IsCompleted; i++)
        {
            await Task.Yield();
            time.Advance(UntilFirstHealthyCheck.PollInterval);
        }

        return await checking.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Unhealthy for its first answers, then healthy, until told otherwise.</summary>
    private sealed class ScriptedCheck(int unhealthyAnswers) : IHealthCheck
    {
        private int _calls;
        private bool _unhealthyFromNowOn;

        public int Calls => Volatile.Read(ref _calls);

        public void TurnUnhealthy() => _unhealthyFromNowOn = true;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls);
            return Task.FromResult(_unhealthyFromNowOn || call <= unhealthyAnswers ? HealthCheckResult.Unhealthy("not yet") : HealthCheckResult.Healthy());
        }
    }
}
