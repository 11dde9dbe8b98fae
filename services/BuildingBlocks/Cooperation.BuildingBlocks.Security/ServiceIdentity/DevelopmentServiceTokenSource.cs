using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.BuildingBlocks.Security.ServiceIdentity;

/// <summary>Mints the service's own token with the development key (Development only, like the issuer).</summary>
internal sealed class DevelopmentServiceTokenSource(DevelopmentTokenIssuer issuer, string serviceName, TimeProvider clock)
    : IServiceTokenSource, IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly CachedServiceToken _cache = new(clock);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        _cache.GetAsync(_ => Task.FromResult((issuer.MintForService(serviceName, Lifetime), clock.GetUtcNow() + Lifetime)), cancellationToken);

    public void Dispose() => _cache.Dispose();
}
