using Cooperation.BuildingBlocks.Domain;
namespace Cooperation.Training.Catalogue;

/// <summary>
/// A training or development opportunity of the programme (¶4b): what it is, which cooperation
/// areas it serves, which competencies it develops, for whom, in which languages, and which
/// agency owns it. Its lifecycle rules are <see cref="ActivityLifecycle"/>.
/// </summary>
public sealed class Activity(
    Guid id, string code, ActivityKind kind, BilingualText title, BilingualText description,
    IReadOnlyList<CooperationAreaTag> themes, IReadOnlyList<string> competencies, string targetGroup,
    IReadOnlyList<string> languages, Guid ownerAgencyId, ActivityStatus status, DateTimeOffset createdAt, int completionPercent = 100,
    DateTimeOffset? publishedAt = null, DateTimeOffset? closedAt = null, ActivityEligibility? eligibility = null,
    bool hasAssessment = false, int certificateValidityMonths = 0)
{
    public Guid Id { get; } = id;

    public string Code { get; } = code;

    public ActivityKind Kind { get; } = kind;

    public BilingualText Title { get; } = title;

    public BilingualText Description { get; } = description;

    public IReadOnlyList<CooperationAreaTag> Themes { get; } = themes;

    public IReadOnlyList<string> Competencies { get; } = competencies;

    public string TargetGroup { get; } = targetGroup;

    /// <summary>ISO 639-1 codes in lower case ("en", "bg").</summary>
    public IReadOnlyList<string> Languages { get; } = languages;

    public Guid OwnerAgencyId { get; } = ownerAgencyId;

    /// <summary>The share of sessions an official attends to complete it: 100 for every session.</summary>
    public int CompletionPercent { get; } = completionPercent;

    /// <summary>Who may be nominated for its events.</summary>
    public ActivityEligibility Eligibility { get; } = eligibility ?? ActivityEligibility.Everyone;

    /// <summary>True when its officials are assessed with a pre and a post score per booking.</summary>
    public bool HasAssessment { get; } = hasAssessment;

    /// <summary>Months a certificate of it stays valid; 0 when its certificates do not expire.</summary>
    public int CertificateValidityMonths { get; } = certificateValidityMonths;

    /// <summary>When a certificate issued at <paramref name="issuedAt"/> expires; null when it does not.</summary>
    public DateTimeOffset? CertificateExpiry(DateTimeOffset issuedAt) =>
        CertificateValidityMonths == 0 ? null : issuedAt.AddMonths(CertificateValidityMonths);

    public ActivityStatus Status { get; private set; } = status;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public DateTimeOffset? PublishedAt { get; private set; } = publishedAt;

    public DateTimeOffset? ClosedAt { get; private set; } = closedAt;

    public void Publish(DateTimeOffset now)
    {
        ActivityLifecycle.EnsureCanPublish(Id, Status);
        Status = ActivityStatus.Published;
        PublishedAt = now;
    }

    public void Close(DateTimeOffset now)
    {
        ActivityLifecycle.EnsureCanClose(Id, Status);
        Status = ActivityStatus.Closed;
        ClosedAt = now;
    }
}
