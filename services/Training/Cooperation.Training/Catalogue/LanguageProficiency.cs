namespace Cooperation.Training.Catalogue;

/// <summary>A language (ISO 639-1, lower case) at a CEFR level: what an activity needs, or what an official speaks.</summary>
public sealed record LanguageProficiency(string Language, CefrLevel Level)
{
    /// <summary>Stored as "en:b2", so an activity's requirements are one array on its row.</summary>
    public string ToStored() => $"{Language}:{Level.ToString().ToLowerInvariant()}";

    public static LanguageProficiency FromStored(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split(':');
        return new LanguageProficiency(parts[0], Enum.Parse<CefrLevel>(parts[1], ignoreCase: true));
    }
}
