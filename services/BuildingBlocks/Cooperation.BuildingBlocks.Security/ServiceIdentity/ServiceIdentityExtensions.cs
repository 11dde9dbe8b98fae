using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.BuildingBlocks.Security.ServiceIdentity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class ServiceIdentityExtensions
{
    /// <summary>
    /// Gives this service an identity of its own for outgoing calls: the client-credentials grant
    /// when <c>Authentication:ServiceClient</c> (TokenEndpoint, ClientId, ClientSecret, Scope) is
    /// set, otherwise, in Development, a token minted with the development key.
    /// </summary>
    public static IHostApplicationBuilder AddCooperationServiceIdentity(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var client = builder.Configuration.GetSection("Authentication:ServiceClient");
        if (!string.IsNullOrWhiteSpace(client["TokenEndpoint"]))
        {
            var settings = new ServiceClientSettings(
                new Uri(client["TokenEndpoint"]!), Required(client["ClientId"], "ClientId"),
                Required(client["ClientSecret"], "ClientSecret"), client["Scope"]);
            builder.Services.AddHttpClient(nameof(ClientCredentialsServiceTokenSource));
            builder.Services.AddSingleton<IServiceTokenSource>(sp => new ClientCredentialsServiceTokenSource(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ClientCredentialsServiceTokenSource)),
                settings, sp.GetService<TimeProvider>() ?? TimeProvider.System));
            return builder;
        }

        var developmentKey = builder.Configuration[DevelopmentSigningKey.ConfigurationKey]
            ?? throw new InvalidOperationException(
                $"Configure Authentication:ServiceClient, or in Development {DevelopmentSigningKey.ConfigurationKey}, to call other services.");
        var audience = builder.Configuration["Authentication:Audience"] ?? DevelopmentTokenIssuer.DefaultAudience;
        var issuer = DevelopmentTokenIssuer.Create(builder.Environment.EnvironmentName, developmentKey, audience);
        builder.Services.AddSingleton<IServiceTokenSource>(sp =>
            new DevelopmentServiceTokenSource(issuer, serviceName, sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }

    /// <summary>
    /// Sends the service's own bearer token on every call of this gRPC client. The credential is
    /// also sent on plain-HTTP (h2c) channels, which is how services talk inside one deployment.
    /// </summary>
    public static IHttpClientBuilder WithServiceIdentity(this IHttpClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client
            .AddCallCredentials(async (context, metadata, services) =>
            {
                var token = await services.GetRequiredService<IServiceTokenSource>().GetTokenAsync(context.CancellationToken);
                metadata.Add("Authorization", $"Bearer {token}");
            })
            .ConfigureChannel(channel => channel.UnsafeUseInsecureChannelCallCredentials = true);
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Authentication:ServiceClient:{key} is required.") : value;
}
