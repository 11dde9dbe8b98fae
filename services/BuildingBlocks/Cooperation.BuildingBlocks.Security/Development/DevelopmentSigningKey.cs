using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.BuildingBlocks.Security.Development;

/// <summary>
/// The HMAC-SHA256 key shared by the development issuer and the services that trust it: 32 or
/// more random bytes, written as base64. It lives outside the repository (configuration, an
/// environment variable or a file in the user's profile) and is never accepted in production.
/// </summary>
public static class DevelopmentSigningKey
{
    public const int MinimumBytes = 32;

    /// <summary>Configuration key the services and the AppHost use (env: <c>Authentication__Development__SigningKey</c>).</summary>
    public const string ConfigurationKey = "Authentication:Development:SigningKey";

    /// <summary>Per-user file the AppHost and the token command share when no key is configured.</summary>
    public static string DefaultFilePath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cooperation", "dev-signing-key");

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes));

    /// <summary>Reads the key in <paramref name="path"/>, creating the file (readable by its owner only) with a fresh key if absent.</summary>
    public static string LoadOrCreateFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = Generate();
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    /// <summary>The security key for a base64 secret; its id is derived from the bytes so several keys can be trusted during rotation.</summary>
    public static SymmetricSecurityKey ToSecurityKey(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("A signing key must be base64 text.");
        }

        if (bytes.Length < MinimumBytes)
        {
            throw new InvalidOperationException($"A signing key must hold at least {MinimumBytes} bytes.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
    }
}
