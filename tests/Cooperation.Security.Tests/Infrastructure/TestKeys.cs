using System.Security.Claims;
using Cooperation.BuildingBlocks.Security.Development;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.Security.Tests.Infrastructure;

internal static class TestKeys
{
    /// <summary>A fresh key per test run: nothing depends on a key checked in anywhere.</summary>
    public static readonly string SigningKey = DevelopmentSigningKey.Generate();

    public static DevelopmentTokenIssuer Issuer(TimeProvider? clock = null) =>
        DevelopmentTokenIssuer.Create("Development", SigningKey, clock: clock);

    /// <summary>
    /// A token signed with the test key carrying exactly <paramref name="claims"/> (name, value
    /// pairs): the way to present claims no persona would, as a misconfigured identity provider might.
    /// </summary>
    public static string MintWithClaims(params (string Type, string Value)[] claims)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentTokenIssuer.Issuer,
            Audience = DevelopmentTokenIssuer.DefaultAudience,
            Subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value))),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            SigningCredentials = new SigningCredentials(DevelopmentSigningKey.ToSecurityKey(SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
