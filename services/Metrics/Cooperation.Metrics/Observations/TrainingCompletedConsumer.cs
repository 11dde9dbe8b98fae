using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Counts a completion as an official trained, and keeps the booking's figures of the completion rate and assessment gain.</summary>
public sealed class TrainingCompletedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<TrainingCompleted>
{
    public Task Consume(ConsumeContext<TrainingCompleted> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Figures(context.Message), TrainingProjection.OfficialsTrained(context.Message));
}
