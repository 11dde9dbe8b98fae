using Cooperation.WorkingGroup.Establishment;
using Cooperation.WorkingGroup.Tests.Infrastructure;
using MeetingRules = Cooperation.WorkingGroup.Meetings.MeetingRules;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>A programme whose working group was never established: no test of this class establishes it.</summary>
public sealed class BeforeEstablishmentTests(WorkingGroupServiceFactory factory) : IClassFixture<WorkingGroupServiceFactory>
{
    [Fact]
    public async Task ScheduleMeeting_needs_an_established_working_group()
    {
        await RpcAssert.FailedPreconditionAsync(EstablishmentRules.WorkingGroupMustBeEstablished, () => factory.ScheduleAsync());
    }
}
