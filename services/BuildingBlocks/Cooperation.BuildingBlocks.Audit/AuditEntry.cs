using System.Text.RegularExpressions;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// What a service asks the trail to record. It carries ids and field names, never the values of
/// personal data, so erasing a person leaves the trail whole. <see cref="Justification"/> states
/// a purpose ("quarterly meeting invitation"), not data about anyone.
/// </summary>
public sealed partial record AuditEntry(
    AuditActor Actor, string Operation, AuditAction Action, string ResourceType, string ResourceId)
{
    public const int MaxJustificationLength = 500;

    /// <summary>Names of the personal-data fields read, disclosed or changed (for example "work_email").</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    public string? Justification { get; init; }

    /// <summary>Ids of those a disclosure went to (agencies, services).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Ties the record to its gRPC call and events; the current trace id when left empty.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>
    /// Refuses an entry a caller could fix (a missing justification or recipients) as a
    /// validation failure; a malformed entry built by the service itself is a programming error.
    /// </summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(Actor.Subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(Operation);
        ArgumentException.ThrowIfNullOrWhiteSpace(ResourceType);
        ArgumentException.ThrowIfNullOrWhiteSpace(ResourceId);
        foreach (var field in Fields)
        {
            if (!FieldName().IsMatch(field))
            {
                throw new ArgumentException($"'{field}' is not a field name; audit records never hold values.", nameof(Fields));
            }
        }

        var validator = new Validator();
        if (Action is AuditAction.Read or AuditAction.Disclose)
        {
            validator.RequireText(Justification, "justification", MaxJustificationLength);
        }
        else if (Justification is not null)
        {
            validator.Require(Justification.Length <= MaxJustificationLength, "justification",
                $"must be at most {MaxJustificationLength} characters");
        }

        if (Action is AuditAction.Disclose)
        {
            validator.Require(Recipients.Count > 0 && Recipients.All(r => !string.IsNullOrWhiteSpace(r)),
                "recipients", "must name who the data is disclosed to");
        }

        validator.ThrowIfInvalid();
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$")]
    private static partial Regex FieldName();
}
