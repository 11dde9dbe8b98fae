namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// Collects every field violation of a request before refusing it, so the caller learns all of
/// them in one answer instead of one per attempt.
/// </summary>
public sealed class Validator
{
    private readonly List<FieldViolation> _violations = [];

    public bool IsValid => _violations.Count == 0;

    public Validator Add(string field, string description)
    {
        _violations.Add(new FieldViolation(field, description));
        return this;
    }

    public Validator Require(bool condition, string field, string description)
    {
        if (!condition)
        {
            Add(field, description);
        }

        return this;
    }

    public Validator RequireText(string? value, string field, int maxLength = 500)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required");
        }

        return Require(value.Length <= maxLength, field, $"must be at most {maxLength} characters");
    }

    /// <summary>Parses a UUID field, recording a violation and returning <see cref="Guid.Empty"/> when it is not one.</summary>
    public Guid RequireId(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return Guid.Empty;
        }

        if (!Guid.TryParse(value, out var id) || id == Guid.Empty)
        {
            Add(field, "must be a UUID");
            return Guid.Empty;
        }

        return id;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ValidationFailedException(_violations.ToArray());
        }
    }
}
