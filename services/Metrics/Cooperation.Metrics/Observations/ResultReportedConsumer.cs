using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps a result's latest actual and sets the results reported and on target.</summary>
public sealed class ResultReportedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<ResultReported>
{
    public Task Consume(ConsumeContext<ResultReported> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, CapacityBuildingProjection.Figures(context.Message));
}
