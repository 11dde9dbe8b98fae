namespace Cooperation.Metrics.Indicators;

/// <summary>
/// A disaggregation key, "dimension:value" (participant:BG, theme:border_security); the empty key
/// is the total. One key names one dimension: values are broken down by each dimension on its own,
/// never by combinations of them.
/// </summary>
public static class Disaggregation
{
    /// <summary>The key of the total.</summary>
    public const string Total = "";

    /// <summary>What a breakdown records when the event did not say (an older publisher's message).</summary>
    public const string Unknown = "unknown";

    public const int MaxLength = 100;

    public static string Of(string dimension, string? value) =>
        $"{dimension}:{(string.IsNullOrWhiteSpace(value) ? Unknown : value.Trim())}";

    public static string Of(string dimension, Guid value) => Of(dimension, value.ToString("D"));

    /// <summary>The dimension and value of a key; false for the total and for text that is not a key.</summary>
    public static bool TryParse(string key, out string dimension, out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        dimension = colon > 0 ? key[..colon] : "";
        value = colon > 0 ? key[(colon + 1)..] : "";
        return colon > 0 && value.Length > 0 && key.Length <= MaxLength;
    }
}

/// <summary>The dimensions indicators are broken down by.</summary>
public static class Dimensions
{
    /// <summary>BG or UK (<c>ParticipantCodes</c>).</summary>
    public const string Participant = "participant";

    /// <summary>An agency's UUID.</summary>
    public const string Agency = "agency";

    /// <summary>A cooperation area in lower snake case.</summary>
    public const string Theme = "theme";

    /// <summary>An information-sharing channel in lower snake case.</summary>
    public const string Channel = "channel";

    /// <summary>An ISO 4217 currency code; amounts are never summed across currencies.</summary>
    public const string Currency = "currency";
}
