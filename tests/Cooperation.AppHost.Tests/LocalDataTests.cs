using Cooperation.AppHost.Tests.Infrastructure;
using Grpc.Core;

namespace Cooperation.AppHost.Tests;

/// <summary>What the stack keeps from one run to the next, and what a reset wipes.</summary>
[Collection(OwnStackDefinition.Name)]
public sealed class LocalDataTests(RestartedStackFixture runs) : IClassFixture<RestartedStackFixture>
{
    [Fact]
    public void An_agency_written_before_a_restart_is_read_back_after_it()
    {
        Assert.NotNull(runs.Written);
        Assert.NotNull(runs.ReadAfterRestart);
        Assert.Equal(runs.Written.Id, runs.ReadAfterRestart.Id);
        Assert.Equal(runs.Written.NameEn, runs.ReadAfterRestart.NameEn);
    }

    [Fact]
    public void A_message_waiting_in_a_queue_is_still_waiting_after_a_restart()
    {
        Assert.Equal(1u, runs.WaitingAfterRestart);
    }

    [Fact]
    public void A_reset_empties_the_database_and_the_broker()
    {
        Assert.Equal(StatusCode.NotFound, runs.ReadAfterReset);
        Assert.Null(runs.WaitingAfterReset);
    }
}
