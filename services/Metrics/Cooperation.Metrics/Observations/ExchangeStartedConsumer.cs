using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a begun exchange on its indicator, by the guest's participant and agency.</summary>
public sealed class ExchangeStartedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<ExchangeStarted>
{
    public Task Consume(ConsumeContext<ExchangeStarted> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
