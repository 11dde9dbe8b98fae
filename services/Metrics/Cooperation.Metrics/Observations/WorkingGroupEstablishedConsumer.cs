using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using Cooperation.Metrics.Indicators;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a working group's establishment on its indicator, then the cadence compliance it moves.</summary>
public sealed class WorkingGroupEstablishedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder, CadenceCompliance cadence) : IConsumer<WorkingGroupEstablished>
{
    public async Task Consume(ConsumeContext<WorkingGroupEstablished> context)
    {
        await recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
        await cadence.RecordAsync(unitOfWork, context.Message, Quarter.Of(context.Message.EstablishedOn));
    }
}
