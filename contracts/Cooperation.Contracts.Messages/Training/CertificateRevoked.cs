namespace Cooperation.Contracts.Messages.Training;

/// <summary>A certificate was revoked with a reason (¶4b); it no longer verifies. For the metrics service; carries no code.</summary>
public sealed record CertificateRevoked : IntegrationEvent
{
    public required Guid CertificateId { get; init; }

    public required Guid ActivityId { get; init; }

    public required Guid IssuingAgencyId { get; init; }
}
