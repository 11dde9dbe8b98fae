using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps a training need's latest coverage and sets the share of headcount covered.</summary>
public sealed class TrainingNeedCoverageChangedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<TrainingNeedCoverageChanged>
{
    public Task Consume(ConsumeContext<TrainingNeedCoverageChanged> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Figures(context.Message));
}
