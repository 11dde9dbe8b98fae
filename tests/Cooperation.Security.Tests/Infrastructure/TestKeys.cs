using Cooperation.BuildingBlocks.Security.Development;

namespace Cooperation.Security.Tests.Infrastructure;

internal static class TestKeys
{
    /// <summary>A fresh key per test run: nothing depends on a key checked in anywhere.</summary>
    public static readonly string SigningKey = DevelopmentSigningKey.Generate();

    public static DevelopmentTokenIssuer Issuer(TimeProvider? clock = null) =>
        DevelopmentTokenIssuer.Create("Development", SigningKey, clock: clock);
}
