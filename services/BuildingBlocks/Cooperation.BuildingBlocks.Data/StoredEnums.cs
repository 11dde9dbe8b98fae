using System.Text;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// Every service stores its enums as lower snake case text ("co_chair", "financial_intelligence"): readable in
/// the database and stable when members are reordered.
/// </summary>
public static class StoredEnums
{
    public static string ToStored<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }

    public static TEnum FromStored<TEnum>(string stored) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(stored.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
