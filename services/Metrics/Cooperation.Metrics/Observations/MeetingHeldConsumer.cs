using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a held meeting on its indicator.</summary>
public sealed class MeetingHeldConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<MeetingHeld>
{
    public Task Consume(ConsumeContext<MeetingHeld> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
