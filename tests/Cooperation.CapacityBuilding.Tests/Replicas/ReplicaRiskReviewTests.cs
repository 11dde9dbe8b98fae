using Cooperation.CapacityBuilding.Risks;
using Cooperation.CapacityBuilding.Tests.Infrastructure;
using Cooperation.CapacityBuilding.Tests.Projects;
using Cooperation.Contracts.Messages.CapacityBuilding;
using Google.Type;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.CapacityBuilding.V1;

namespace Cooperation.CapacityBuilding.Tests.Replicas;

/// <summary>
/// The overdue-review pass run by two replicas at the same instant: each risk whose review date
/// passed is escalated and audited once, and neither pass fails (no deadlock). Moving the clocks
/// past midnight also wakes both replicas' daily jobs, so up to four passes race.
/// </summary>
public sealed class ReplicaRiskReviewTests(CapacityBuildingReplicas replicas) : IClassFixture<CapacityBuildingReplicas>
{
    private const int Risks = 8;

    [Fact]
    public async Task Two_replicas_checking_at_once_escalate_and_audit_each_overdue_review_once()
    {
        var project = await ProjectRequests.CreatedAsync(replicas.First);
        var client = new V1.RisksService.RisksServiceClient(replicas.First.ChannelFor(Personas.UkProjectLead));
        var version = project.Version;
        var ids = new List<string>();
        for (var i = 0; i < Risks; i++)
        {
            var recorded = await client.RecordRiskAsync(new V1.RecordRiskRequest
            {
                ProjectId = project.Id, ProjectVersion = version,
                Cause = "The only certified supplier is in administration", Event = $"Scanner {i} is not delivered on time",
                Effect = "Installation slips by a quarter", Category = V1.RiskCategory.Operational,
                BeforeResponse = new V1.RiskRating { Likelihood = 2, Impact = 2 }, Proximity = V1.RiskProximity.WithinPhase,
                Response = V1.RiskResponse.Reduce, OwnerOfficialId = Guid.NewGuid().ToString(), ActioneeOfficialId = Guid.NewGuid().ToString(),
                ReviewOn = new Date { Year = 2023, Month = 12, Day = 13 },
            });
            version = recorded.ProjectVersion;
            ids.Add(recorded.Risk.Id);
        }

        var today = new DateOnly(2023, 12, 14);
        await ReplicaPasses.RunOnBothAtOnceAsync(
            replicas, today, (replica, now) => CheckOf(replica).RunAsync(now, CancellationToken.None), r => r.RiskId);
        await Eventually.WaitUntilAsync(
            async () => (await replicas.First.OutboxAsync<RiskEscalated>()).Count >= Risks,
            "every overdue review is escalated by one of the replicas");
        var escalated = await replicas.First.OutboxAsync<RiskEscalated>();
        Assert.All(escalated, e => Assert.Equal(RiskEscalationReason.ReviewOverdue, e.Reason));
        Assert.Equal(ids.Order(), escalated.Select(e => e.RiskId.ToString()).Order());
        foreach (var id in ids)
        {
            Assert.Single(await replicas.Second.AuditOfAsync(RisksAudit.Risk, id), r => r.Operation == "EscalateOverdueRiskReviews");
        }

        var later = new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        Assert.Empty(await CheckOf(replicas.Second).RunAsync(later, CancellationToken.None));
        Assert.Empty(await CheckOf(replicas.First).RunAsync(later, CancellationToken.None));
    }

    private static RiskReviewCheck CheckOf(CapacityBuildingServiceFactory replica) => replica.Services.GetRequiredService<RiskReviewCheck>();
}
