using System.Security.Claims;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.Security.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cooperation.Security.Tests;

public sealed class DevelopmentTokenIssuerTests
{
    private static async Task<ClaimsPrincipal> ValidateAsync(string token, string environment = "Development")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DevelopmentSigningKey.ConfigurationKey] = TestKeys.SigningKey })
            .Build();
        var settings = CooperationAuthenticationSettings.Read(configuration, new Environment(environment));
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKeys = settings.SigningKeys,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        return new ClaimsPrincipal(result.ClaimsIdentity);
    }

    [Fact]
    public async Task A_minted_persona_token_validates_and_names_the_caller()
    {
        var token = TestKeys.Issuer().Mint("bg-border-police-coordinator");

        var caller = Caller.FromPrincipal(await ValidateAsync(token));

        Assert.Equal("dev:bg-border-police-coordinator", caller.Subject);
        Assert.Equal(Participant.BG, caller.Participant);
        Assert.Equal(DevelopmentPersonas.BgBorderPolice, caller.AgencyId);
        Assert.True(caller.IsInRole(CooperationRoles.AgencyCoordinator));
        Assert.False(caller.IsService);
    }

    [Fact]
    public async Task A_service_token_carries_the_service_identity_and_no_agency()
    {
        var token = TestKeys.Issuer().MintForService("working-group", TimeSpan.FromMinutes(5));

        var caller = Caller.FromPrincipal(await ValidateAsync(token));

        Assert.Equal("service:working-group", caller.Subject);
        Assert.True(caller.IsService);
        Assert.Null(caller.AgencyId);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("Testing")]
    [InlineData(null)]
    public void Minting_is_refused_outside_Development(string? environment)
    {
        Assert.Throws<InvalidOperationException>(() => DevelopmentTokenIssuer.Create(environment, TestKeys.SigningKey));
    }

    [Fact]
    public void Services_refuse_to_trust_the_development_key_outside_Development()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DevelopmentSigningKey.ConfigurationKey] = TestKeys.SigningKey })
            .Build();

        var ex = Assert.Throws<InvalidOperationException>(() => CooperationAuthenticationSettings.Read(configuration, new Environment("Production")));
        Assert.Contains("Authentication:Authority", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_is_used_as_configured()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Authentication:Authority"] = "https://login.agency.example/realms/cooperation",
                ["Authentication:Audience"] = "cooperation-api",
            })
            .Build();

        var settings = CooperationAuthenticationSettings.Read(configuration, new Environment("Production"));

        Assert.True(settings.UsesAuthority);
        Assert.Equal("cooperation-api", settings.Audience);
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => DevelopmentTokenIssuer.Create("Development", Convert.ToBase64String(new byte[16])));
    }

    [Fact]
    public void An_unknown_persona_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TestKeys.Issuer().Mint("nobody"));
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "test";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
