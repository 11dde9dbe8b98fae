using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.BuildingBlocks.Security;

/// <summary>
/// Remembers the tokens <paramref name="inner"/> found valid, so a caller sending the same bearer
/// token on every call pays for its parsing and signature check once, not per call. Only a valid
/// result is kept, and only until the token's own expiry (never past <see cref="MaxAge"/>): a
/// token with a bad signature, a wrong issuer or audience is refused by <paramref name="inner"/>
/// every time, and an expired one goes back to <paramref name="inner"/>, which refuses it.
/// </summary>
/// <remarks>
/// Keyed by the token's exact text, whose signature covers every claim, so a hit is the very token
/// that was validated. Each hit gets its own copy of the identity: a request may add to its
/// principal without touching another's. At most <see cref="Capacity"/> tokens are kept; when it
/// is full, expired entries go first, and if none has expired the cache starts again empty.
/// </remarks>
public sealed class CachedTokenHandler(TokenHandler inner, TimeProvider clock) : TokenHandler
{
    /// <summary>The most tokens kept at once (a few hundred bytes each).</summary>
    public const int Capacity = 4096;

    /// <summary>How long a validated token is trusted without a fresh check, at most: a bound on how late a signing-key rotation is seen.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _validated = new(StringComparer.Ordinal);

    /// <summary>Tokens currently remembered (for tests and diagnostics).</summary>
    public int Count => _validated.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = clock.GetUtcNow();
        if (token is not null && _validated.TryGetValue(token, out var entry))
        {
            if (now < entry.Until)
            {
                return entry.Copy();
            }

            _validated.TryRemove(token, out _);
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (token is not null && result.IsValid && result.ClaimsIdentity is { } identity && result.SecurityToken is { } securityToken)
        {
            Remember(token, new Entry(identity.Clone(), securityToken, result.TokenType, result.Issuer, Until(securityToken, now)), now);
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private static DateTimeOffset Until(SecurityToken token, DateTimeOffset now)
    {
        var cap = now + MaxAge;
        // ValidTo is DateTime.MinValue when the token names no expiry: such a token is not kept.
        if (token.ValidTo == DateTime.MinValue)
        {
            return now;
        }

        var expires = new DateTimeOffset(DateTime.SpecifyKind(token.ValidTo, DateTimeKind.Utc));
        return expires < cap ? expires : cap;
    }

    private void Remember(string token, Entry entry, DateTimeOffset now)
    {
        if (entry.Until <= now)
        {
            return;
        }

        if (_validated.Count >= Capacity)
        {
            foreach (var (key, kept) in _validated)
            {
                if (kept.Until <= now)
                {
                    _validated.TryRemove(key, out _);
                }
            }

            if (_validated.Count >= Capacity)
            {
                _validated.Clear();
            }
        }

        _validated[token] = entry;
    }

    private sealed record Entry(ClaimsIdentity Identity, SecurityToken Token, string TokenType, string Issuer, DateTimeOffset Until)
    {
        public TokenValidationResult Copy() => new()
        {
            IsValid = true,
            ClaimsIdentity = Identity.Clone(),
            SecurityToken = Token,
            TokenType = TokenType,
            Issuer = Issuer,
        };
    }
}
