using System.Diagnostics.Metrics;
using Cooperation.BuildingBlocks.Data.Jobs;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.FaultDrills;

/// <summary>
/// Time passes while the working group is down: four quarter boundaries (no meeting held in any of
/// those quarters) and the day an unused designation's retention ends. On restart each breach is
/// raised once, with one MeetingCadenceBreached, and the retention pass erases the official once;
/// a second restart adds nothing.
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class ClockDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly DateTimeOffset Before = new(2024, 3, 20, 9, 0, 0, TimeSpan.Zero);

    // A year and a day later: Q1–Q4 2024 have closed, and the designation of 2024-03-20 was kept until 2025-03-20.
    private static readonly DateTimeOffset After = new(2025, 3, 21, 9, 0, 0, TimeSpan.Zero);

    // The jobs' names in their metrics' job tag.
    private static readonly HashSet<string> Jobs = ["cadence_breach", "official_retention"];

    [Fact(Timeout = 120_000)]
    public async Task Breaches_and_the_retention_pass_that_fell_due_while_down_happen_once_on_restart()
    {
        var settings = await DrillServices.WorkingGroupSettingsAsync(infrastructure);
        var database = settings.WorkingGroupDatabase();
        var clock = new FakeTimeProvider(Before);
        string officialId;
        using (var workingGroup = await DrillServices.WorkingGroupAsync(settings, clock))
        {
            await ProjectEvents.AddLeadAgencyAsync(database);
            var channel = workingGroup.ChannelFor("uk-co-chair");
            await new V1.WorkingGroupService.WorkingGroupServiceClient(channel).EstablishWorkingGroupAsync(
                new V1.EstablishWorkingGroupRequest { EstablishedOn = WireDate.ToWire(new DateOnly(2024, 1, 8)) });
            officialId = (await new V1.OfficialsService.OfficialsServiceClient(channel).DesignateOfficialAsync(new V1.DesignateOfficialRequest
            {
                AgencyId = DevelopmentPersonas.UkHomeOffice.ToString(),
                FullName = "Never A Member",
                RoleTitle = "Senior liaison officer",
                WorkEmail = "never@homeoffice.example",
                Purpose = "Working-group membership",
                LegalBasis = V1.LegalBasis.PublicTask,
            })).Official.Id;
        }

        var beforeDown = await CountAsync(database, officialId);
        clock.SetUtcNow(After);
        var afterRestart = await RestartAndSettleAsync(settings, clock, database, officialId);
        clock.Advance(TimeSpan.FromHours(1));
        var afterSecondRestart = await RestartAndSettleAsync(settings, clock, database, officialId);

        new DrillTally("clock")
        {
            Sent = 2,
            Committed = afterSecondRestart.Breaches + afterSecondRestart.Erasures,
            Delivered = afterSecondRestart.BreachEvents,
            Duplicates = (afterSecondRestart.BreachEvents - afterSecondRestart.Breaches) + Math.Max(0, afterSecondRestart.Erasures - 1),
            Lost = 4 - afterSecondRestart.BreachEvents,
        }
            .Add("breaches_before_down", beforeDown.Breaches)
            .Add("breaches_after_restart", afterRestart.Breaches)
            .Add("breach_events_after_restart", afterRestart.BreachEvents)
            .Add("erasures_after_restart", afterRestart.Erasures)
            .Add("after_second_restart", afterSecondRestart)
            .Print(output);

        Assert.Equal(new ClockRows(0, 0, 0, false), beforeDown);
        Assert.Equal(new ClockRows(4, 4, 1, true), afterRestart);
        Assert.Equal(afterRestart, afterSecondRestart);
    }

    // The jobs run at start-up. The drill waits until both have finished a pass as of the clock at
    // this start (their last-success gauge says so), so a second start that adds nothing is a
    // finding and not a count taken before its passes ran.
    private async Task<ClockRows> RestartAndSettleAsync(
        IReadOnlyDictionary<string, string> settings, FakeTimeProvider clock, string database, string officialId)
    {
        var startedAt = clock.GetUtcNow();
        using var workingGroup = await DrillServices.WorkingGroupAsync(settings, clock);
        using var lastSuccess = new MetricCollector<double>(
            workingGroup.Services.GetRequiredService<IMeterFactory>(), ScheduledPassMetrics.MeterName, "cooperation.jobs.last_success");
        await Eventually.UntilAsync(() => Task.FromResult(JobsPassedSince(lastSuccess, startedAt)), done => done.SetEquals(Jobs),
            "the start-up passes of the cadence and retention jobs", TimeSpan.FromSeconds(30));
        var rows = await CountAsync(database, officialId);
        output.WriteLine($"after a start at {startedAt:yyyy-MM-dd HH:mm}: {rows}");
        return rows;
    }

    private static HashSet<string> JobsPassedSince(MetricCollector<double> lastSuccess, DateTimeOffset startedAt)
    {
        lastSuccess.RecordObservableInstruments();
        return lastSuccess.GetMeasurementSnapshot(clear: true)
            .Where(m => m.Value >= startedAt.ToUnixTimeMilliseconds() / 1000.0)
            .Select(m => (string)m.Tags["job"]!)
            .ToHashSet();
    }

    // One statement, so one snapshot: counts read one by one could see a pass's commit half-way.
    private static async Task<ClockRows> CountAsync(string database, string officialId)
    {
        await using var connection = DrillDatabase.Open(database);
        return await connection.QuerySingleAsync<ClockRows>("""
            SELECT
                (SELECT COUNT(*) FROM cadence_breaches) AS Breaches,
                (SELECT COUNT(*) FROM outbox_messages WHERE message_type LIKE '%MeetingCadenceBreached') AS BreachEvents,
                (SELECT COUNT(*) FROM audit_records WHERE operation = 'OfficialRetentionExpired' AND resource_id = @Id) AS Erasures,
                (SELECT erased_at IS NOT NULL FROM officials WHERE id = @OfficialId) AS Erased
            """, new { Id = officialId, OfficialId = Guid.Parse(officialId) });
    }

    private sealed record ClockRows(long Breaches, long BreachEvents, long Erasures, bool Erased);
}
