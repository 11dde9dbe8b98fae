using MassTransit;

namespace Cooperation.WorkingGroup.Tests.Projects;

/// <summary>
/// Counts every completed consumption of <typeparamref name="T"/>, duplicates included (the
/// harness's own lists keep one entry per message id, which hides a redelivered copy).
/// </summary>
public sealed class ConsumeCounter<T> : IConsumeMessageObserver<T>
    where T : class
{
    private int _consumed;

    public int Consumed => Volatile.Read(ref _consumed);

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
