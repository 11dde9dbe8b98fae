using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;
using MassTransit;

namespace Cooperation.Metrics.Observations;

/// <summary>Takes a revoked certificate off the certificates indicator.</summary>
public sealed class CertificateRevokedConsumer(IUnitOfWork unitOfWork, ObservationRecorder recorder) : IConsumer<CertificateRevoked>
{
    public Task Consume(ConsumeContext<CertificateRevoked> context) =>
        recorder.RecordAsync(unitOfWork, context.Message, TrainingProjection.Of(context.Message));
}
