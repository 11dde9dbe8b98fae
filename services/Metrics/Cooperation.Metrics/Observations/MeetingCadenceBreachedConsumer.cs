using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a quarter that closed without a meeting on its indicator, then the cadence compliance it moves.</summary>
public sealed class MeetingCadenceBreachedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder, CadenceCompliance cadence) : IConsumer<MeetingCadenceBreached>
{
    public async Task Consume(ConsumeContext<MeetingCadenceBreached> context)
    {
        await recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
        await cadence.RecordAsync(unitOfWork, context.Message, new Quarter(context.Message.Year, context.Message.Quarter));
    }
}
