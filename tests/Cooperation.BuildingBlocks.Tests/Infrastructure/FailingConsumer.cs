using Cooperation.Contracts.Messages.Projects;
using MassTransit;

namespace Cooperation.BuildingBlocks.Tests.Infrastructure;

/// <summary>A consumer whose effect always fails: every <see cref="ProjectCompleted"/> is poison to it.</summary>
public sealed class FailingConsumer(AttemptCounter attempts) : IConsumer<ProjectCompleted>
{
    public Task Consume(ConsumeContext<ProjectCompleted> context)
    {
        attempts.Increment();
        throw new InvalidOperationException("This consumer cannot apply any message.");
    }
}

/// <summary>How many times the failing consumer was called.</summary>
public sealed class AttemptCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
