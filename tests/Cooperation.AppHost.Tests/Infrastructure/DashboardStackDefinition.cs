namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// The browser test's stack of its own: it restarts metrics, and a restart that fails must not
/// leave the tests in <see cref="StartedStackDefinition"/> without a service. xunit makes one
/// fixture per collection, so this is a second <see cref="StackFixture"/>, on its own ports and
/// data directory; collections run in parallel, so it starts beside the shared one.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DashboardStackDefinition : ICollectionFixture<StackFixture>
{
    public const string Name = "dashboard stack";
}
