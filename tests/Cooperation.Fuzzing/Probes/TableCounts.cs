using Npgsql;

namespace Cooperation.Fuzzing.Probes;

/// <summary>
/// The row count of every table in a service's database (its own, the outbox, the inbox, the audit
/// trail) in one query, so a call that failed can be shown to have written nothing.
/// </summary>
public sealed class TableCounts(string connectionString)
{
    private string? _query;

    public async Task<IReadOnlyDictionary<string, long>> TakeAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        _query ??= await BuildQueryAsync(connection);
        await using var command = new NpgsqlCommand(_query, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Tables whose count grew from <paramref name="before"/> to <paramref name="after"/>, with both counts.</summary>
    public static IReadOnlyList<string> Grown(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after) =>
        after.Where(t => t.Value > before.GetValueOrDefault(t.Key))
            .Select(t => $"{t.Key} {before.GetValueOrDefault(t.Key)}→{t.Value}")
            .ToList();

    private static async Task<string> BuildQueryAsync(NpgsqlConnection connection)
    {
        const string Tables = """
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1
            """;
        var names = new List<string>();
        await using (var command = new NpgsqlCommand(Tables, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        Assert.NotEmpty(names);
        return string.Join("\nUNION ALL ", names.Select(n => $"SELECT '{n}', count(*) FROM {n}"));
    }
}
