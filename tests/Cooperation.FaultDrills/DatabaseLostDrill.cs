using System.Diagnostics;
using Cooperation.FaultDrills.Infrastructure;
using Cooperation.Testing;
using Grpc.Core;
using Npgsql;

namespace Cooperation.FaultDrills;

/// <summary>
/// The working group's database goes away under a steady stream of writes: first its connections
/// are cut (pg_terminate_backend), then the whole server crashes (immediate stop, no checkpoint)
/// and comes back. A caller gets OK or Unavailable and nothing else; every project that exists has
/// its audit record and its event (nothing is half-written); and the service writes again by itself
/// once the database is back, without a restart.
/// </summary>
[Collection(DrillsDefinition.Name)]
public sealed class DatabaseLostDrill(DrillInfrastructure infrastructure, ITestOutputHelper output)
{
    // The load ends when the drill stops it, not by count: a call refused while the server is down
    // answers at once, and a count of 1,500 could all be spent in the outage, leaving no write to
    // show that the service writes again.
    private const int MaxWrites = 1_000_000;
    private static readonly StatusCode[] Expected = [StatusCode.OK, StatusCode.Unavailable];

    [Fact(Timeout = 180_000)]
    public async Task Callers_get_Unavailable_nothing_is_half_written_and_the_service_recovers_by_itself()
    {
        var settings = await DrillServices.WorkingGroupSettingsAsync(infrastructure);
        var database = settings.WorkingGroupDatabase();
        using var workingGroup = await DrillServices.WorkingGroupAsync(settings);
        await ProjectEvents.AddLeadAgencyAsync(database);
        var load = new WriteLoad(workingGroup.ChannelFor("uk-co-chair"));
        using var stop = new CancellationTokenSource();

        var writes = load.RunAsync(MaxWrites, inFlight: 4, stop.Token);
        await Eventually.UntilAsync(() => load.Ok >= 100, "writes to flow", TimeSpan.FromSeconds(60));
        var terminated = 0;
        for (var i = 0; i < 3; i++)
        {
            terminated += await infrastructure.Postgres.TerminateBackendsAsync(new NpgsqlConnectionStringBuilder(database).Database!);
            var okBefore = load.Ok;
            await Eventually.UntilAsync(() => load.Ok > okBefore + 20, "writes to flow again after the backends were cut", TimeSpan.FromSeconds(30));
        }

        var okBeforeCrash = load.Ok;
        await infrastructure.Postgres.CrashAsync();
        await Eventually.UntilAsync(() => load.Answers.GetValueOrDefault(StatusCode.Unavailable) > 0 || writes.IsCompleted,
            "a caller to see the database gone", TimeSpan.FromSeconds(30));
        var downFor = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(1)); // A real outage lasts: writes keep arriving while the server is away.
        await infrastructure.Postgres.StartAsync();
        var down = downFor.Elapsed;
        var back = Stopwatch.StartNew();
        var okAtRestart = load.Ok;
        await Eventually.UntilAsync(() => load.Ok >= okAtRestart + 50 || writes.IsCompleted, "the service to write again by itself", TimeSpan.FromSeconds(60));
        var recoveredAfter = back.Elapsed;
        await stop.CancelAsync();
        await writes;

        var producer = await ProjectEvents.ProducerAsync(database);
        var unavailable = load.Answers.GetValueOrDefault(StatusCode.Unavailable);
        new DrillTally("database lost")
        {
            Sent = load.Sent,
            Committed = producer.Projects,
            Delivered = producer.EventIds.Count,
            Duplicates = 0,
            Lost = Math.Max(0, load.Ok - producer.Projects),
        }
            .Add("ok", load.Ok)
            .Add("unavailable", unavailable)
            .Add("in_doubt_committed", producer.Projects - load.Ok)
            .Add("audit_records", producer.Audited)
            .Add("backends_terminated", terminated)
            .Add("ok_before_crash", okBeforeCrash)
            .Add("server_down_s", Math.Round(down.TotalSeconds, 1))
            .Add("writing_again_after_s", Math.Round(recoveredAfter.TotalSeconds, 1))
            .Add("answers", load.Describe())
            .Print(output);

        Assert.All(load.Answers.Keys, code => Assert.Contains(code, Expected));
        Assert.True(unavailable > 0, "No caller saw the database go away: the drill did not exercise the fault.");
        // Every answered OK is there; a call cut off after its commit may exist without an OK (in doubt), never the other way.
        Assert.InRange(producer.Projects, (long)load.Ok, (long)load.Sent);
        Assert.Equal(producer.Projects, producer.EventIds.Count);
        Assert.Equal(producer.Projects, producer.Audited);
        Assert.True(load.Ok >= okAtRestart + 50, "The service did not write again after the database came back.");
    }
}
