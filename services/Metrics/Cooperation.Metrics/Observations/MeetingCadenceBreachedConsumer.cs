using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a quarter that closed without a meeting on its indicator.</summary>
public sealed class MeetingCadenceBreachedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<MeetingCadenceBreached>
{
    public Task Consume(ConsumeContext<MeetingCadenceBreached> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
