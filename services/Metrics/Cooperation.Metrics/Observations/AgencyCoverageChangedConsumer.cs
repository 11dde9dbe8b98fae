using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Keeps the latest agency coverage of each participant and sets the share of agencies with a member.</summary>
public sealed class AgencyCoverageChangedConsumer(IUnitOfWork unitOfWork, FigureRecorder recorder) : IConsumer<AgencyCoverageChanged>
{
    public Task Consume(ConsumeContext<AgencyCoverageChanged> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Figures(context.Message));
}
