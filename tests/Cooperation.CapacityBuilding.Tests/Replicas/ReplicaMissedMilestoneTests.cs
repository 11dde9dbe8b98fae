using Cooperation.CapacityBuilding.Milestones;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Replicas;

/// <summary>
/// The missed-milestone pass run by two replicas at the same instant: each milestone due is marked,
/// announced and audited once, whichever replica wins it, and neither pass fails (no deadlock).
/// Moving the clocks past midnight also wakes both replicas' daily jobs, so up to four passes race.
/// </summary>
public sealed class ReplicaMissedMilestoneTests(CapacityBuildingReplicas replicas) : IClassFixture<CapacityBuildingReplicas>
{
    private const int Milestones = 8;

    [Fact]
    public async Task Two_replicas_checking_at_once_mark_announce_and_audit_each_missed_milestone_once()
    {
        // The replicas' clocks stand on 2023-11-13: every milestone fell due the day before.
        var project = await ProjectRequests.CreatedAsync(replicas.First);
        var client = new V1.MilestonesService.MilestonesServiceClient(replicas.First.ChannelFor(Personas.UkProjectLead));
        var version = project.Version;
        var ids = new List<string>();
        for (var i = 0; i < Milestones; i++)
        {
            var added = await client.AddMilestoneAsync(new V1.AddMilestoneRequest
            {
                ProjectId = project.Id, ProjectVersion = version, Title = $"Station {i} installed", DueOn = new Date { Year = 2023, Month = 11, Day = 12 },
            });
            version = added.ProjectVersion;
            ids.Add(added.Milestone.Id);
        }

        var today = new DateOnly(2023, 11, 14);
        await ReplicaPasses.RunOnBothAtOnceAsync(
            replicas, today, (replica, now) => CheckOf(replica).RunAsync(now, CancellationToken.None), m => m.MilestoneId);
        await Eventually.WaitUntilAsync(
            async () => (await replicas.First.OutboxAsync<MilestoneMissed>()).Count >= Milestones,
            "every milestone due is marked missed by one of the replicas");
        var announced = (await replicas.First.OutboxAsync<MilestoneMissed>()).Select(e => e.MilestoneId.ToString()).ToList();
        Assert.Equal(ids.Order(), announced.Order());
        foreach (var id in ids)
        {
            Assert.Single(await replicas.Second.AuditOfAsync(MilestonesAudit.Milestone, id), r => r.Operation == "MarkMilestonesMissed");
        }

        // A later pass on either replica finds nothing left to mark.
        var later = new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        Assert.Empty(await CheckOf(replicas.Second).RunAsync(later, CancellationToken.None));
        Assert.Empty(await CheckOf(replicas.First).RunAsync(later, CancellationToken.None));
    }

    private static MissedMilestoneCheck CheckOf(CapacityBuildingServiceFactory replica) => replica.Services.GetRequiredService<MissedMilestoneCheck>();
}
