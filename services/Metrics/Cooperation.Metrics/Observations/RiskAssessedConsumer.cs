using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps a risk's latest assessment and sets the count of open high risks.</summary>
public sealed class RiskAssessedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<RiskAssessed>
{
    public Task Consume(ConsumeContext<RiskAssessed> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, CapacityBuildingProjection.Figures(context.Message));
}
