using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a working group's establishment on its indicator.</summary>
public sealed class WorkingGroupEstablishedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<WorkingGroupEstablished>
{
    public Task Consume(ConsumeContext<WorkingGroupEstablished> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
