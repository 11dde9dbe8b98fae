using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// Reference data and example officials are for local runs only: seeded in Development, or
/// wherever <c>Seed:Enabled</c> says so. An explicit <c>Seed:Enabled</c> always wins, so the
/// Testing environment (and production) stays empty unless a test asks for the seed.
/// </summary>
internal static class SeedPolicy
{
    public const string EnabledKey = "Seed:Enabled";

    public static bool ShouldSeed(string environmentName, IConfiguration configuration) =>
        configuration.GetValue<bool?>(EnabledKey) ?? string.Equals(environmentName, Environments.Development, StringComparison.Ordinal);
}
