using System.Globalization;
using System.Text;

namespace Cooperation.BuildingBlocks.Domain;

/// <summary>
/// One page of a list: at most <see cref="Size"/> items after skipping <see cref="Offset"/>.
/// Page tokens are opaque to callers (base64 of the offset), so the paging scheme can change
/// without breaking them.
/// </summary>
public readonly record struct PageRequest(int Offset, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>
    /// Reads a request's page_size and page_token (AIP-158), recording violations under those field
    /// names: 0 asks for <see cref="DefaultSize"/>, a size above <see cref="MaxSize"/> is lowered to
    /// it (a caller asking for more than a page holds is not wrong), and a negative size is refused.
    /// </summary>
    public static PageRequest Parse(int pageSize, string? pageToken, Validator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.Require(pageSize >= 0, "page_size", "must not be negative");
        var offset = 0;
        if (!string.IsNullOrEmpty(pageToken) && !TryDecode(pageToken, out offset))
        {
            validator.Add("page_token", "is not a token this service issued");
        }

        return new PageRequest(offset, pageSize <= 0 ? DefaultSize : Math.Min(pageSize, MaxSize));
    }

    /// <summary>The token for the page after this one, or empty when <paramref name="returned"/> shows this was the last.</summary>
    public string NextPageToken(int returned) =>
        returned < Size ? string.Empty : Convert.ToBase64String(Encoding.UTF8.GetBytes((Offset + Size).ToString(CultureInfo.InvariantCulture)));

    private static bool TryDecode(string token, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
