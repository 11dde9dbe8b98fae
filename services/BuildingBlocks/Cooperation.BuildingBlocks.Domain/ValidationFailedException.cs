namespace Cooperation.BuildingBlocks.Domain;

/// <summary>The request itself is malformed: missing, out-of-range or badly formatted fields.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldViolation> violations)
    : DomainException(Describe(violations))
{
    /// <summary>
    /// How many violations a status lists in its details. A request with thousands of bad elements
    /// must still get an answer the client can read: gRPC carries the status in HTTP/2 trailers,
    /// which clients cap (8–64 KB), so the rest are counted, not listed.
    /// </summary>
    public const int MaxListedViolations = 50;

    /// <summary>How many violations the message text names before it only counts the rest.</summary>
    public const int MaxViolationsInMessage = 5;

    /// <summary>The longest field path or description passed on; a longer one is cut with an ellipsis.</summary>
    public const int MaxTextLength = 200;

    public ValidationFailedException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    public IReadOnlyList<FieldViolation> Violations { get; } = violations;

    /// <summary>The violations a status lists: the first <see cref="MaxListedViolations"/>, each cut to <see cref="MaxTextLength"/>.</summary>
    public IReadOnlyList<FieldViolation> ListedViolations =>
        [.. Violations.Take(MaxListedViolations).Select(v => new FieldViolation(Cut(v.Field), Cut(v.Description)))];

    /// <summary>How many violations are counted but not listed.</summary>
    public int UnlistedCount => Math.Max(0, Violations.Count - MaxListedViolations);

    private static string Describe(IReadOnlyList<FieldViolation> violations)
    {
        var named = string.Join("; ", violations.Take(MaxViolationsInMessage).Select(v => $"{Cut(v.Field)}: {Cut(v.Description)}"));
        var more = violations.Count - MaxViolationsInMessage;
        return more > 0 ? $"Invalid request: {named}; and {more} more" : $"Invalid request: {named}";
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");
}
