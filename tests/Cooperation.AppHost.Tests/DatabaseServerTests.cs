using Aspire.Hosting.ApplicationModel;
using Cooperation.AppHost.Tests.Infrastructure;
using Npgsql;

namespace Cooperation.AppHost.Tests;

[Collection(StartedStackDefinition.Name)]
public sealed class DatabaseServerTests(StackFixture stack)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Server_is_a_container_where_an_engine_answers_and_a_local_postgres_otherwise()
    {
        var postgres = stack.Stack.Resource("postgres");

        if (ContainerEngineProbe.Answers())
        {
            Assert.IsAssignableFrom<ContainerResource>(postgres);
        }
        else
        {
            // root starts postgres through setpriv, as the postgres user; anyone else runs it directly.
            var executable = Assert.IsAssignableFrom<ExecutableResource>(postgres);
            Assert.True(
                executable.Command.EndsWith("/bin/postgres", StringComparison.Ordinal) || executable.Command == "setpriv",
                $"Unexpected command {executable.Command}");
        }
    }

    [Fact]
    public void The_working_group_database_lives_on_that_server()
    {
        var database = Assert.IsAssignableFrom<IResourceWithParent>(stack.Stack.Resource("workinggroupdb"));

        Assert.Equal("postgres", database.Parent.Name);
    }

    [Fact]
    public async Task The_working_group_service_keeps_its_data_in_its_PostgreSQL_database()
    {
        // The service seeds its reference agencies at start-up: they are in this database only if
        // the AppHost handed the service this database.
        await using var connection = new NpgsqlConnection(await stack.Stack.ConnectionStringAsync("workinggroupdb"));
        await connection.OpenAsync().WaitAsync(Timeout);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM agencies WHERE name_en = 'National Crime Agency'", connection);

        var count = await command.ExecuteScalarAsync().WaitAsync(Timeout);

        Assert.Equal(1L, count);
    }
}
