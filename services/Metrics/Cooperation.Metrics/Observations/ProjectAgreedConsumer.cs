using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a agreed project on its indicator.</summary>
public sealed class ProjectAgreedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<ProjectAgreed>
{
    public Task Consume(ConsumeContext<ProjectAgreed> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
