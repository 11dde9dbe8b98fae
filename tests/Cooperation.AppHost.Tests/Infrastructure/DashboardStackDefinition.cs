namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// The browser test's stack of its own: it restarts metrics, and a restart that fails must not
/// leave the tests in <see cref="StartedStackDefinition"/> without a service. xunit makes one
/// fixture per collection, so this is a second <see cref="StackFixture"/>, on its own ports and
/// data directory. It runs after the other collections, not beside them: with a third stack
/// starting at the same moment on 2 cores, the restarted-stack fixture's broker once exited during
/// its start and that fixture timed out; the browser's timings suffer under that load too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DashboardStackDefinition : ICollectionFixture<StackFixture>
{
    public const string Name = "dashboard stack";
}
