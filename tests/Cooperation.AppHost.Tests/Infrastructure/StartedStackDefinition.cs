namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>Tests that share one started stack; starting it takes tens of seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class StartedStackDefinition : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}
