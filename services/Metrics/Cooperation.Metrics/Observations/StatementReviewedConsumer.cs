using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes a review of the statement on its indicator.</summary>
public sealed class StatementReviewedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<StatementReviewed>
{
    public Task Consume(ConsumeContext<StatementReviewed> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, WorkingGroupProjection.Of(context.Message));
}
