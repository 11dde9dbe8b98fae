using Cooperation.BuildingBlocks.Data;
using Cooperation.Testing;
using Dapper;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Cooperation.BuildingBlocks.Tests.Data;

/// <summary>How a service reaches its database, and how rows' types travel through it.</summary>
public sealed class ServiceDatabaseTests
{
    [Fact]
    public void A_service_without_its_connection_string_fails_at_start_up_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });

        var ex = Assert.Throws<InvalidOperationException>(() => builder.AddServiceDatabase("ordersdb", typeof(ServiceDatabaseTests).Assembly));

        Assert.Contains("ConnectionStrings:ordersdb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instants_dates_ids_and_flags_read_back_as_written_with_instants_in_utc()
    {
        await using var database = await TestDatabases.CreateEmptyAsync("types");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await using var connection = await new NpgsqlConnectionFactory(dataSource).OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE samples (id uuid PRIMARY KEY, at timestamptz NOT NULL, later timestamptz NULL, on_day date NOT NULL, flag boolean NOT NULL)");
        var written = new Sample(
            Guid.NewGuid(), new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.FromHours(3)), null, new DateOnly(2024, 2, 29), true);

        await connection.ExecuteAsync("INSERT INTO samples (id, at, later, on_day, flag) VALUES (@Id, @At, @Later, @OnDay, @Flag)", written);
        var read = await connection.QuerySingleAsync<Sample>("SELECT id AS Id, at AS At, later AS Later, on_day AS OnDay, flag AS Flag FROM samples");
        var byDay = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM samples WHERE on_day = @Day AND at < @Before", new
        {
            Day = written.OnDay, Before = written.At.AddTicks(10),
        });

        Assert.Equal(written, read);
        Assert.Equal(TimeSpan.Zero, read.At.Offset);
        Assert.Equal(1, byDay);
    }

    private sealed record Sample(Guid Id, DateTimeOffset At, DateTimeOffset? Later, DateOnly OnDay, bool Flag);
}
