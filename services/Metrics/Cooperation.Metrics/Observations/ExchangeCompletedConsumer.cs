using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes an ended exchange on its indicator, by the guest's participant and agency.</summary>
public sealed class ExchangeCompletedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<ExchangeCompleted>
{
    public Task Consume(ConsumeContext<ExchangeCompleted> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
