using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a held training session on its indicator, by host agency.</summary>
public sealed class TrainingSessionHeldConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<TrainingSessionHeld>
{
    public Task Consume(ConsumeContext<TrainingSessionHeld> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
