using Cooperation.BuildingBlocks.Security.Development;
using Microsoft.Extensions.Configuration;

namespace Cooperation.AppHost.Services;

/// <summary>
/// The key every service trusts for development tokens on a local run. It comes from the
/// AppHost's <c>Authentication:Development:SigningKey</c> when set (the end-to-end tests set it),
/// otherwise from the developer's key file, created on first use, which the token CLI
/// (<c>services/DevTokens</c>) reads too: a token minted there is accepted by the local stack.
/// </summary>
internal static class DevelopmentTokens
{
    public static string SigningKey(IConfiguration configuration) =>
        configuration[DevelopmentSigningKey.ConfigurationKey] is { Length: > 0 } configured
            ? configured
            : DevelopmentSigningKey.LoadOrCreateFile(DevelopmentSigningKey.DefaultFilePath);
}
