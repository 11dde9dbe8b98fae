using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Completion;

/// <summary>
/// An issued certificate's standing: valid until it expires (where the activity has a validity)
/// or is revoked with a reason by its issuing agency or a co-chair; revoked once, the first reason stands.
/// </summary>
public sealed class Certificate(
    Guid id, Guid activityId, Guid issuingAgencyId, DateTimeOffset issuedAt, DateTimeOffset? expiresAt,
    DateTimeOffset? revokedAt = null, string? revokedBy = null, string? revocationReason = null)
{
    public Guid Id { get; } = id;

    public Guid ActivityId { get; } = activityId;

    public Guid IssuingAgencyId { get; } = issuingAgencyId;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    /// <summary>Null when it does not expire.</summary>
    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public DateTimeOffset? RevokedAt { get; private set; } = revokedAt;

    public string? RevokedBy { get; private set; } = revokedBy;

    public string? RevocationReason { get; private set; } = revocationReason;

    public CertificateStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? CertificateStatus.Revoked
        : ExpiresAt is { } expires && now >= expires ? CertificateStatus.Expired
        : CertificateStatus.Valid;

    public void Revoke(string revokedBy, string reason, DateTimeOffset now)
    {
        if (RevokedAt is { } revoked)
        {
            throw new RuleViolationException(CompletionRules.CertificatesAreRevokedOnce,
                $"Certificate {Id} was revoked at {revoked:u}.");
        }

        RevokedAt = now;
        RevokedBy = revokedBy;
        RevocationReason = reason;
    }
}
