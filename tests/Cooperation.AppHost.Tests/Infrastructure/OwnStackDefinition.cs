namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// Tests that start stacks of their own (the restarted-stack runs, the two-replica stack): one after
/// another, after the parallel collections and never beside them. Side by side with the shared
/// stack on 2 cores, three stacks started at once, and a start could outlast its 3-minute timeout
/// with a service still unhealthy.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnStackDefinition
{
    public const string Name = "stacks of their own";
}
