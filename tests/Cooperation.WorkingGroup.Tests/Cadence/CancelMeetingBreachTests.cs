using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using Cooperation.WorkingGroup.Tests.Meetings;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Tests.Cadence;

/// <summary>The working group without its daily breach pass, so a breach in the outbox can only come from the call under test.</summary>
public sealed class WithoutBreachPassFactory : WorkingGroupServiceFactory
{
    protected override void ConfigureServiceSettings(IWebHostBuilder builder)
    {
        base.ConfigureServiceSettings(builder);
        builder.ConfigureTestServices(services =>
        {
            var monitor = services.Single(d => d.ImplementationType == typeof(CadenceBreachMonitor));
            services.Remove(monitor);
        });
    }
}

public sealed class CancelMeetingBreachTests(WithoutBreachPassFactory factory) : IClassFixture<WithoutBreachPassFactory>
{
    [Fact]
    public async Task CancelMeeting_raises_the_breach_of_a_closed_quarter_in_the_same_call()
    {
        // Established 20 Nov 2023 and met in Q4 2023; Q1 2024 closed with only a meeting still scheduled for 20 March.
        factory.SetToday(new DateOnly(2024, 4, 10));
        var programme = await factory.SeedProgrammeAsync();
        await factory.HoldAsync(programme, "2023-12-04");
        var meeting = await factory.ScheduleAsync("2024-03-20");
        Assert.Empty(await factory.OutboxAsync<MeetingCadenceBreached>());

        await factory.Meetings().CancelMeetingAsync(new V1.CancelMeetingRequest { MeetingId = meeting.Id });

        var breach = Assert.Single(await factory.OutboxAsync<MeetingCadenceBreached>());
        Assert.Equal((2024, 1), (breach.Year, breach.Quarter));
        var raised = Assert.Single(await factory.AuditOfAsync(CadenceAudit.CadenceBreach, "2024-Q1"));
        Assert.Equal("CancelMeeting", raised.Operation);
    }
}
