using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using Grpc.Core;
using MassTransit;
using V1 = Cooperation.Contracts.Metrics.V1;

namespace Cooperation.Metrics.Tests.Stream;

/// <summary>What the stream tests do again and again: read the next wanted message, hold a meeting, wait for a value.</summary>
internal static class StreamCalls
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<V1.WatchIndicatorsResponse> NextAsync(
        this AsyncServerStreamingCall<V1.WatchIndicatorsResponse> call, Func<V1.WatchIndicatorsResponse, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await call.ResponseStream.MoveNext(timeout.Token))
        {
            if (wanted(call.ResponseStream.Current))
            {
                return call.ResponseStream.Current;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }

    public static bool IsChangeIn(this V1.WatchIndicatorsResponse message, int year) =>
        message.EventCase == V1.WatchIndicatorsResponse.EventOneofCase.Change && message.Change.Value.Quarter.Year == year;

    public static async Task HoldMeetingAsync(this InProcessServiceFactory<Program> host, int year, int quarter)
    {
        var held = new MeetingHeld
        {
            MeetingId = Guid.NewGuid(), HeldOn = new DateOnly(year, (quarter * 3) - 1, 10), Year = year, Quarter = quarter,
            BothParticipantsPresent = true, AttendeeCount = 4,
        };
        await host.Harness.Bus.Publish(held, c => c.MessageId = held.EventId);
    }

    public static Task<double?> WaitForMeetingsAsync(this Grpc.Net.Client.GrpcChannel channel, int year, int quarter, double value) =>
        Eventually.UntilAsync(
            async () => (await new V1.IndicatorsService.IndicatorsServiceClient(channel).GetIndicatorAsync(new V1.GetIndicatorRequest
            {
                IndicatorId = BuiltInIndicators.MeetingsHeld, Quarter = new V1.Quarter { Year = year, Quarter_ = quarter },
            })).Indicator.Value?.Value,
            v => v >= value, $"{value} meetings in {year} Q{quarter}");
}
