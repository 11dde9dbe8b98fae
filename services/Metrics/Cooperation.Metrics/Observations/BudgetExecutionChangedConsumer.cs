using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.CapacityBuilding;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps a budget line's latest figures and sets the execution in its currency.</summary>
public sealed class BudgetExecutionChangedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<BudgetExecutionChanged>
{
    public Task Consume(ConsumeContext<BudgetExecutionChanged> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, CapacityBuildingProjection.Figures(context.Message));
}
