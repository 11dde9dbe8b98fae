using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a project's new status on its indicator.</summary>
public sealed class ProjectStatusChangedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<ProjectStatusChanged>
{
    public Task Consume(ConsumeContext<ProjectStatusChanged> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
