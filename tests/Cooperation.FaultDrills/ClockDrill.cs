using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using Dapper;
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
        var afterRestart = await RestartAndSettleAsync(settings, clock, database, officialId, expectedBreaches: 4);
        clock.Advance(TimeSpan.FromHours(1));
        var afterSecondRestart = await RestartAndSettleAsync(settings, clock, database, officialId, expectedBreaches: 4);

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

    // The jobs run at start-up; the drill waits for what they must do, then leaves a moment for what they must not.
    private async Task<ClockRows> RestartAndSettleAsync(
        IReadOnlyDictionary<string, string> settings, FakeTimeProvider clock, string database, string officialId, int expectedBreaches)
    {
        using var workingGroup = await DrillServices.WorkingGroupAsync(settings, clock);
        var rows = await Eventually.UntilAsync(() => CountAsync(database, officialId), r => r.Breaches >= expectedBreaches && r.Erased,
            "the start-up passes to raise the breaches and erase the official", TimeSpan.FromSeconds(30));
        output.WriteLine($"after a start at {clock.GetUtcNow():yyyy-MM-dd HH:mm}: {rows}");
        return rows;
    }

    private static async Task<ClockRows> CountAsync(string database, string officialId)
    {
        await using var connection = DrillDatabase.Open(database);
        return new ClockRows(
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cadence_breaches"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox_messages WHERE message_type LIKE '%MeetingCadenceBreached'"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM audit_records WHERE operation = 'OfficialRetentionExpired' AND resource_id = @Id", new { Id = officialId }),
            await connection.ExecuteScalarAsync<bool>("SELECT erased_at IS NOT NULL FROM officials WHERE id = @Id", new { Id = Guid.Parse(officialId) }));
    }

    private sealed record ClockRows(long Breaches, long BreachEvents, long Erasures, bool Erased);
}
