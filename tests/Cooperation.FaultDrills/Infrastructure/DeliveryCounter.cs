using MassTransit;

namespace Cooperation.FaultDrills.Infrastructure;

/// <summary>
/// Counts the deliveries consumers finished, whether the inbox applied them or recognised them as
/// applied before, so a drill can tell deliveries (with the broker's redeliveries) from effects.
/// </summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private int _finished;
    private int _faulted;

    public int Finished => Volatile.Read(ref _finished);

    public int Faulted => Volatile.Read(ref _faulted);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        Interlocked.Increment(ref _finished);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        Interlocked.Increment(ref _faulted);
        return Task.CompletedTask;
    }
}
