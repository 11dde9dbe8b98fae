using System.Security.Claims;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Security.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.Security.Tests;

public sealed class CachedTokenHandlerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingHandler _inner = new();
    private readonly CachedTokenHandler _cache;

    public CachedTokenHandlerTests() => _cache = new CachedTokenHandler(_inner, _clock);

    private TokenValidationParameters Parameters(string signingKey) => new()
    {
        ValidIssuer = DevelopmentTokenIssuer.Issuer,
        ValidAudience = DevelopmentTokenIssuer.DefaultAudience,
        IssuerSigningKeys = [DevelopmentSigningKey.ToSecurityKey(signingKey)],
        // The token's times against this test's clock (the handler's own check reads the machine's).
        LifetimeValidator = (notBefore, expires, _, _) =>
            _clock.GetUtcNow().UtcDateTime is var now && (notBefore is null || notBefore <= now) && expires > now,
    };

    private string Mint(TimeSpan lifetime, string? signingKey = null) =>
        DevelopmentTokenIssuer.Create("Development", signingKey ?? TestKeys.SigningKey, clock: _clock).Mint("uk-co-chair", lifetime);

    [Fact]
    public async Task A_valid_token_is_checked_once_and_each_call_gets_its_own_identity()
    {
        var token = Mint(TimeSpan.FromHours(1));

        var first = await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey));
        var second = await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey));

        Assert.True(first.IsValid, first.Exception?.Message);
        Assert.True(second.IsValid);
        Assert.Equal(1, _inner.Calls);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal("dev:uk-co-chair", Caller.FromPrincipal(new ClaimsPrincipal(second.ClaimsIdentity)).Subject);
    }

    [Fact]
    public async Task A_token_that_was_valid_is_refused_once_it_has_expired()
    {
        var token = Mint(TimeSpan.FromMinutes(2));
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey))).IsValid);

        _clock.Advance(TimeSpan.FromMinutes(3));
        var later = await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey));

        Assert.False(later.IsValid);
        Assert.IsType<SecurityTokenInvalidLifetimeException>(later.Exception);
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task A_token_with_a_signature_the_keys_do_not_verify_is_refused_every_time_and_never_kept()
    {
        var forged = Mint(TimeSpan.FromHours(1), signingKey: DevelopmentSigningKey.Generate());

        var first = await _cache.ValidateTokenAsync(forged, Parameters(TestKeys.SigningKey));
        var second = await _cache.ValidateTokenAsync(forged, Parameters(TestKeys.SigningKey));

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, _inner.Calls);
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public async Task A_valid_token_whose_signing_key_is_withdrawn_is_refused_once_its_entry_is_older_than_the_cap()
    {
        var token = Mint(TimeSpan.FromHours(1));
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey))).IsValid);

        // The key rotates out: within the cap the kept result still answers, after it the token is checked again.
        var rotated = Parameters(DevelopmentSigningKey.Generate());
        Assert.True((await _cache.ValidateTokenAsync(token, rotated)).IsValid);
        _clock.Advance(CachedTokenHandler.MaxAge + TimeSpan.FromSeconds(1));
        var afterCap = await _cache.ValidateTokenAsync(token, rotated);

        Assert.False(afterCap.IsValid);
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task A_token_changed_after_signing_is_refused_even_when_the_original_is_kept()
    {
        var token = Mint(TimeSpan.FromHours(1));
        Assert.True((await _cache.ValidateTokenAsync(token, Parameters(TestKeys.SigningKey))).IsValid);
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("dev:uk-co-chair", "dev:bg-co-chair", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var result = await _cache.ValidateTokenAsync(tampered, Parameters(TestKeys.SigningKey));

        Assert.False(result.IsValid);
    }

    private sealed class CountingHandler : JsonWebTokenHandler
    {
        private int _calls;

        public CountingHandler() => MapInboundClaims = false;

        public int Calls => Volatile.Read(ref _calls);

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Interlocked.Increment(ref _calls);
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }
}
