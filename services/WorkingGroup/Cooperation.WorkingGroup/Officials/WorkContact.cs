using System.Net.Mail;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>What counts as a usable work contact for an official.</summary>
internal static class WorkContact
{
    public const int MaxEmailLength = 254;

    /// <summary>
    /// A single plain address (no display name, no list) whose domain has a dot: an e-mail that
    /// reaches an agency's mail system, not a local account name.
    /// </summary>
    public static bool IsWorkEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxEmailLength || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (!MailAddress.TryCreate(value, out var address) || !string.Equals(address.Address, value, StringComparison.Ordinal))
        {
            return false;
        }

        var host = address.Host;
        return host.Contains('.', StringComparison.Ordinal) && !host.StartsWith('.') && !host.EndsWith('.');
    }

    /// <summary>
    /// An international or national telephone number: digits with optional leading "+", spaces,
    /// hyphens and parentheses, 6 to 15 digits (the E.164 maximum).
    /// </summary>
    public static bool IsWorkPhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 30)
        {
            return false;
        }

        var body = value.StartsWith('+') ? value[1..] : value;
        if (!body.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')'))
        {
            return false;
        }

        var digits = body.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15;
    }
}
