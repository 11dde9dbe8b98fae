using System.Collections.Concurrent;
using MassTransit;

namespace Cooperation.WorkingGroup.IntegrationTests.Infrastructure;

/// <summary>
/// Counts every delivery a consumer finished, whether it applied the message or recognised it as
/// already applied, so a test knows a duplicate has been dealt with before it asserts.
/// </summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> _finished = new();

    public int Finished<T>() => _finished.GetValueOrDefault(typeof(T));

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _finished.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
