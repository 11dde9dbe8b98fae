using Microsoft.Extensions.Configuration;
using System.Reflection;
using Cooperation.BuildingBlocks.Data;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Gives the service its own database: <c>ConnectionStrings:{name}</c> when set, otherwise a
    /// SQLite file under <c>.data/</c> beside the service. Migrations embedded in
    /// <paramref name="scriptsAssembly"/> run at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string name, Assembly scriptsAssembly)
    {
        SqlTypeHandlers.Register();
        var settings = DatabaseSettings.Resolve(
            builder.Configuration["Database:Provider"],
            builder.Configuration.GetConnectionString(name),
            Path.Combine(builder.Environment.ContentRootPath, ".data", $"{name}.db"));

        builder.Services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.PostgreSql)
        {
            // A singleton the host disposes on shutdown, which closes the pool's connections.
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(settings.ConnectionString));
            builder.Services.AddSingleton<IDbConnectionFactory>(sp => new NpgsqlConnectionFactory(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            builder.Services.AddSingleton<IDbConnectionFactory>(new SqliteConnectionFactory(settings.ConnectionString));
        }
        builder.Services.AddSingleton(new MigrationScripts(scriptsAssembly));
        builder.Services.AddHostedService<DatabaseMigrationService>();
        return builder;
    }
}
