using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Observes an issued certificate on the certificates indicator.</summary>
public sealed class CertificateIssuedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<CertificateIssued>
{
    public Task Consume(ConsumeContext<CertificateIssued> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
