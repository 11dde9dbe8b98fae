using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps a done action item's on-time figure and sets the quarter's share closed on time.</summary>
public sealed class ActionItemClosedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<ActionItemClosed>
{
    public Task Consume(ConsumeContext<ActionItemClosed> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Figures(context.Message));
}
