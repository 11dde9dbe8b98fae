using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a missed milestone.</summary>
public sealed class MilestoneMissedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<MilestoneMissed>
{
    public Task Consume(ConsumeContext<MilestoneMissed> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, CapacityBuildingProjection.Of(context.Message));
}
