using Cooperation.BuildingBlocks.Security.Development;
using Cooperation.BuildingBlocks.Security.ServiceIdentity;

namespace Cooperation.WorkingGroup.Tests.Infrastructure;

/// <summary>The working group's own token (subject service:working-group, role service), signed with a key the metrics fake trusts.</summary>
public sealed class TestServiceTokens : IServiceTokenSource
{
    public static readonly string SigningKey = DevelopmentSigningKey.Generate();

    private static readonly DevelopmentTokenIssuer Issuer = DevelopmentTokenIssuer.Create(DevelopmentTokenIssuer.DevelopmentEnvironment, SigningKey);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Issuer.MintForService("working-group", TimeSpan.FromHours(1)));
}
