using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes an achieved milestone as on time or late.</summary>
public sealed class MilestoneAchievedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<MilestoneAchieved>
{
    public Task Consume(ConsumeContext<MilestoneAchieved> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, CapacityBuildingProjection.Of(context.Message));
}
