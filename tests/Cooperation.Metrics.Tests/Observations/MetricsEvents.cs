using Cooperation.Contracts.Messages;
using Cooperation.Metrics.Tests.Infrastructure;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Observations;

/// <summary>Publishes consumed events twice (a redelivery) and reads indicator values back, for the projection tests.</summary>
internal static class MetricsEvents
{
    public static async Task PublishTwiceAsync<TEvent>(this MetricsServiceFactory factory, TEvent message) where TEvent : IntegrationEvent
    {
        await factory.Harness.Bus.Publish(message, c => c.MessageId = message.EventId);
        await factory.Harness.Bus.Publish(message, c => c.MessageId = message.EventId);
    }

    public static async Task<V1.GetIndicatorResponse> IndicatorAsync(this MetricsServiceFactory factory, string code, int year, int quarter, string disaggregation = "") =>
        await new V1.IndicatorsService.IndicatorsServiceClient(factory.Channel).GetIndicatorAsync(new V1.GetIndicatorRequest
        {
            IndicatorId = code, Quarter = new V1.Quarter { Year = year, Quarter_ = quarter }, Disaggregation = disaggregation,
        });

    /// <summary>A copy of <paramref name="message"/> with <paramref name="change"/> applied (protobuf messages are not records).</summary>
    public static T With<T>(this T message, Action<T> change) where T : Google.Protobuf.IMessage<T>, Google.Protobuf.IDeepCloneable<T>
    {
        var copy = message.Clone();
        change(copy);
        return copy;
    }

    /// <summary>The value once the bus is idle (every copy consumed), null when none was observed.</summary>
    public static async Task<double?> SettledValueAsync(this MetricsServiceFactory factory, string code, int year, int quarter, string disaggregation = "")
    {
        await factory.Harness.InactivityTask;
        return (await factory.IndicatorAsync(code, year, quarter, disaggregation)).Indicator.Value?.Value;
    }

    /// <summary>Waits until the value is <paramref name="expected"/>, then checks it stays so once every copy was consumed.</summary>
    public static async Task ExpectValueAsync(this MetricsServiceFactory factory, string code, int year, int quarter, double expected, string disaggregation = "")
    {
        await Eventually.UntilAsync(
            async () => (await factory.IndicatorAsync(code, year, quarter, disaggregation)).Indicator.Value?.Value,
            v => v is { } value && Math.Abs(value - expected) < 1e-9, $"{code} {disaggregation} = {expected} in {year} Q{quarter}");
        Assert.Equal(expected, (await factory.SettledValueAsync(code, year, quarter, disaggregation))!.Value, 9);
    }
}
