using System.Data.Common;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// A connection for reads outside any unit of work (no transaction): list and get RPCs that change
/// nothing and audit nothing. Dispose it to return the connection to the pool.
/// </summary>
public sealed class ReadSession : DbSession, IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly CancellationToken _cancellationToken;

    private ReadSession(DbConnection connection, CancellationToken cancellationToken)
    {
        _connection = connection;
        _cancellationToken = cancellationToken;
    }

    public override DbConnection Connection => _connection;

    public override DbTransaction? Transaction => null;

    public override CancellationToken CancellationToken => _cancellationToken;

    public static async Task<ReadSession> OpenAsync(IDbConnectionFactory connections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        return new ReadSession(await connections.OpenAsync(cancellationToken), cancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
