using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a cascade session and the people it reached.</summary>
public sealed class CascadeDeliveredConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<CascadeDelivered>
{
    public Task Consume(ConsumeContext<CascadeDelivered> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
