using System.Security.Cryptography;

namespace Cooperation.Training.Completion;

/// <summary>
/// A certificate's verification code: 100 random bits in Crockford base32 (20 characters, no
/// ambiguous letters), so it cannot be guessed or derived from the person or the course.
/// </summary>
public static class CertificateCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 20;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }

    /// <summary>A code as a person may type it: upper case, without spaces or dashes.</summary>
    public static string Normalise(string code) =>
        new(code.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());

    public static bool IsWellFormed(string code) => code.Length == Length && code.All(Alphabet.Contains);
}
