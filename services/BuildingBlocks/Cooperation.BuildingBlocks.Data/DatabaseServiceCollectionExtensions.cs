using System.Reflection;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Data.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Gives the service its own PostgreSQL database at <c>ConnectionStrings:{name}</c> (required:
    /// start-up fails naming the setting when it is missing). Migrations embedded in
    /// <paramref name="scriptsAssembly"/> run at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string name, Assembly scriptsAssembly)
    {
        ArgumentNullException.ThrowIfNull(builder);
        DapperTypeHandlers.Register();
        var settings = DatabaseSettings.Resolve(name, builder.Configuration.GetConnectionString(name));

        builder.Services.AddSingleton(settings);
        // A singleton the host disposes on shutdown, which closes the pool's connections.
        builder.Services.AddSingleton(_ => ServiceDataSource.Create(settings.ConnectionString));
        builder.Services.AddSingleton<IDbConnectionFactory>(sp => new NpgsqlConnectionFactory(sp.GetRequiredService<NpgsqlDataSource>()));
        builder.Services.AddSingleton(new MigrationScripts(scriptsAssembly));
        builder.Services.AddHostedService<DatabaseMigrationService>();
        // For the service's scheduled passes (Jobs/), which run over this database.
        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<ScheduledPassMetrics>();
        return builder;
    }
}
