using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>A pack's content hash as a request names it: 64 hex digits (SHA-256), compared in lower case.</summary>
internal static class EvidencePackHash
{
    public static string? Require(string? value, string field, Validator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (string.IsNullOrWhiteSpace(value))
        {
            validator.Add(field, "is required");
            return null;
        }

        return Optional(value, field, validator);
    }

    /// <summary>Null when absent; named on <paramref name="field"/> when it is not a SHA-256 in hex.</summary>
    public static string? Optional(string? value, string field, Validator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var hash = value.Trim().ToLowerInvariant();
        if (hash.Length != 64 || !hash.All(Uri.IsHexDigit))
        {
            validator.Add(field, "must be a pack's content_hash: 64 hexadecimal digits");
            return null;
        }

        return hash;
    }
}
