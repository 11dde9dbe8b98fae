using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes an approved training place on its indicator, by agency.</summary>
public sealed class BookingApprovedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<BookingApproved>
{
    public Task Consume(ConsumeContext<BookingApproved> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
