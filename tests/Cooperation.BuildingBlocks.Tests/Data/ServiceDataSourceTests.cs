using Cooperation.BuildingBlocks.Data;
using Npgsql;

namespace Cooperation.BuildingBlocks.Tests.Data;

public sealed class ServiceDataSourceTests
{
    [Fact]
    public async Task Statements_are_prepared_and_pooled_connections_are_not_reset_unless_the_connection_string_says_otherwise()
    {
        await using var source = ServiceDataSource.Create("Host=127.0.0.1;Database=any");

        var settings = new NpgsqlConnectionStringBuilder(source.ConnectionString);

        Assert.Equal(ServiceDataSource.MaxAutoPrepare, settings.MaxAutoPrepare);
        Assert.True(settings.NoResetOnClose);
    }

    [Fact]
    public async Task Settings_the_connection_string_names_are_kept()
    {
        await using var source = ServiceDataSource.Create("Host=127.0.0.1;Database=any;Max Auto Prepare=0;No Reset On Close=false");

        var settings = new NpgsqlConnectionStringBuilder(source.ConnectionString);

        Assert.Equal(0, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
    }
}
