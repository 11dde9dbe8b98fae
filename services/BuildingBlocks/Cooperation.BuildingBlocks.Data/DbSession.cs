using System.Data.Common;
using Dapper;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>The one place that turns SQL and parameters into Dapper commands for a session.</summary>
public abstract class DbSession : IDbSession
{
    public abstract DbConnection Connection { get; }

    public abstract DbTransaction? Transaction { get; }

    public abstract CancellationToken CancellationToken { get; }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        (await Connection.QueryAsync<T>(Command(sql, parameters))).AsList();

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null) =>
        Connection.QuerySingleOrDefaultAsync<T>(Command(sql, parameters));

    public Task<T> QuerySingleAsync<T>(string sql, object? parameters = null) =>
        Connection.QuerySingleAsync<T>(Command(sql, parameters));

    public Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null) =>
        Connection.ExecuteScalarAsync<T>(Command(sql, parameters));

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Connection.ExecuteAsync(Command(sql, parameters));

    public Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? parameters = null) =>
        Connection.QueryMultipleAsync(Command(sql, parameters));

    private CommandDefinition Command(string sql, object? parameters) =>
        new(sql, parameters, Transaction, cancellationToken: CancellationToken);
}
