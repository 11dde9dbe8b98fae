namespace Cooperation.Contracts.Messages.Training;

/// <summary>A certificate was issued on a completion (¶4b), for the metrics service. Carries no verification code.</summary>
public sealed record CertificateIssued : IntegrationEvent
{
    public required Guid CertificateId { get; init; }

    public required Guid BookingId { get; init; }

    public required Guid ActivityId { get; init; }

    public required Guid IssuingAgencyId { get; init; }
}
