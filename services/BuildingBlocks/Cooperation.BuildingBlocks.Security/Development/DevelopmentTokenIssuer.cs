using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.BuildingBlocks.Security.Development;

/// <summary>
/// Mints bearer tokens for development personas and services, signed with the development key
/// (HMAC-SHA256). Refuses to exist outside the Development environment, so no production host can
/// hand out tokens; the services likewise trust this issuer in Development only.
/// </summary>
public sealed class DevelopmentTokenIssuer
{
    public const string Issuer = "cooperation-development";
    public const string DefaultAudience = "cooperation";
    public const string DevelopmentEnvironment = "Development";

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);

    private readonly SigningCredentials _credentials;
    private readonly string _audience;
    private readonly TimeProvider _clock;

    private DevelopmentTokenIssuer(SymmetricSecurityKey key, string audience, TimeProvider clock)
    {
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _audience = audience;
        _clock = clock;
    }

    /// <summary>
    /// The issuer for <paramref name="environmentName"/>; throws <see cref="InvalidOperationException"/>
    /// unless it is Development.
    /// </summary>
    public static DevelopmentTokenIssuer Create(
        string? environmentName, string signingKey, string audience = DefaultAudience, TimeProvider? clock = null)
    {
        if (!string.Equals(environmentName, DevelopmentEnvironment, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Development tokens are minted in the {DevelopmentEnvironment} environment only (this is '{environmentName}').");
        }

        return new DevelopmentTokenIssuer(DevelopmentSigningKey.ToSecurityKey(signingKey), audience, clock ?? TimeProvider.System);
    }

    public string Mint(string personaName, TimeSpan? lifetime = null) =>
        Mint(DevelopmentPersonas.Find(personaName)
            ?? throw new ArgumentException($"There is no persona '{personaName}'.", nameof(personaName)), lifetime);

    public string Mint(DevelopmentPersona persona, TimeSpan? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(persona);
        var claims = new List<Claim>
        {
            new(CooperationClaimTypes.Subject, persona.Subject),
            new(CooperationClaimTypes.Name, persona.Description),
        };
        if (persona.Participant is { } participant)
        {
            claims.Add(new Claim(CooperationClaimTypes.Participant, participant.ToString()));
        }

        if (persona.AgencyId is { } agencyId)
        {
            claims.Add(new Claim(CooperationClaimTypes.AgencyId, agencyId.ToString("D")));
        }

        claims.AddRange(persona.Roles.Select(role => new Claim(CooperationClaimTypes.Role, role)));
        return Mint(claims, lifetime ?? DefaultLifetime);
    }

    /// <summary>A token for service <paramref name="serviceName"/> itself (subject <c>service:{name}</c>, role service).</summary>
    public string MintForService(string serviceName, TimeSpan lifetime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        return Mint(
        [
            new Claim(CooperationClaimTypes.Subject, $"service:{serviceName}"),
            new Claim(CooperationClaimTypes.Role, CooperationRoles.Service),
        ], lifetime);
    }

    private string Mint(IEnumerable<Claim> claims, TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = _audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = _credentials,
        });
    }
}
