using Cooperation.BuildingBlocks.Security.Development;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Where tokens come from, read from the <c>Authentication</c> section, in this order:
/// <list type="number">
/// <item>an OIDC authority (<c>Authority</c> + <c>Audience</c>): keys and issuer are discovered;</item>
/// <item>static keys (<c>Issuer</c> + <c>Audience</c> + <c>SigningKeys</c>, base64 HMAC keys), any environment;</item>
/// <item>the development issuer (<c>Development:SigningKey</c>), in the Development environment only.</item>
/// </list>
/// With none of them the service refuses to start rather than accept every call or none.
/// </summary>
public sealed record CooperationAuthenticationSettings(
    string? Authority, string Audience, string? Issuer, IReadOnlyList<SecurityKey> SigningKeys, bool RequireHttpsMetadata)
{
    public const string SectionName = "Authentication";

    public bool UsesAuthority => !string.IsNullOrWhiteSpace(Authority);

    public static CooperationAuthenticationSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(SectionName);
        var audience = section["Audience"];
        var requireHttps = !bool.TryParse(section["RequireHttpsMetadata"], out var parsed) || parsed;

        var authority = section["Authority"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            return new CooperationAuthenticationSettings(
                authority, Required(audience, "Authentication:Audience"), section["Issuer"], [], requireHttps);
        }

        var staticKeys = section.GetSection("SigningKeys").Get<string[]>() ?? [];
        if (staticKeys.Length > 0)
        {
            return new CooperationAuthenticationSettings(
                null, Required(audience, "Authentication:Audience"), Required(section["Issuer"], "Authentication:Issuer"),
                staticKeys.Select(DevelopmentSigningKey.ToSecurityKey).ToArray(), requireHttps);
        }

        var developmentKey = configuration[DevelopmentSigningKey.ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(developmentKey))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{DevelopmentSigningKey.ConfigurationKey} is trusted in the Development environment only; " +
                    "configure Authentication:Authority and Authentication:Audience for this environment.");
            }

            return new CooperationAuthenticationSettings(
                null, audience ?? DevelopmentTokenIssuer.DefaultAudience, DevelopmentTokenIssuer.Issuer,
                [DevelopmentSigningKey.ToSecurityKey(developmentKey)], requireHttps);
        }

        throw new InvalidOperationException(
            "No token issuer is configured: set Authentication:Authority and Authentication:Audience (OIDC), " +
            $"Authentication:Issuer, Audience and SigningKeys, or in Development {DevelopmentSigningKey.ConfigurationKey}.");
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is required.") : value;
}
