using System.Text.RegularExpressions;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// How a debrief names its operation: a reference such as "OP-2024/017", never its content. The
/// format leaves no room for a sentence, a name or an address, so operational detail cannot be
/// typed into it by mistake.
/// </summary>
internal static partial class OperationReference
{
    public const int MaxLength = 40;

    public const string Format = "2 to 40 capital letters or digits in groups joined by '-' or '/' (for example OP-2024/017)";

    public static bool IsValid(string? value) =>
        value is { Length: >= 2 and <= MaxLength } && Pattern().IsMatch(value);

    [GeneratedRegex("^[A-Z0-9]+([-/][A-Z0-9]+)*$")]
    private static partial Regex Pattern();
}
