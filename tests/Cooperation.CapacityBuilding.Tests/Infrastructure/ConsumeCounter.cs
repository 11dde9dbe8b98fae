using MassTransit;

namespace Cooperation.CapacityBuilding.Tests.Infrastructure;

/// <summary>
/// Counts completed and faulted consumptions of <typeparamref name="T"/>, duplicates included (the
/// harness's own lists keep one entry per message id, and stop waiting once the bus was idle).
/// </summary>
public sealed class ConsumeCounter<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int _consumed;
    private int _faulted;

    public int Consumed => Volatile.Read(ref _consumed);

    public int Faulted => Volatile.Read(ref _faulted);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception)
    {
        Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }
}
