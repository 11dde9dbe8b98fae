using System.Data.Common;
using Dapper;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// An open connection (and, in a unit of work, its transaction) with the Dapper calls a repository
/// needs. Every call runs in the session's transaction and honours its cancellation token, so a
/// repository writes SQL and parameters, never a <see cref="CommandDefinition"/>.
/// </summary>
public interface IDbSession
{
    DbConnection Connection { get; }

    /// <summary>The transaction every command joins; null in a read-only session.</summary>
    DbTransaction? Transaction { get; }

    /// <summary>The token every command honours: the call's or the message's.</summary>
    CancellationToken CancellationToken { get; }

    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null);

    Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters = null);

    Task<T> QuerySingleAsync<T>(string sql, object? parameters = null);

    Task<T?> ExecuteScalarAsync<T>(string sql, object? parameters = null);

    Task<int> ExecuteAsync(string sql, object? parameters = null);

    /// <summary>Several result sets in one round trip; read them in order from the reader.</summary>
    Task<SqlMapper.GridReader> QueryMultipleAsync(string sql, object? parameters = null);
}
