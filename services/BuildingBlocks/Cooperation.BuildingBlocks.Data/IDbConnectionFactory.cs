using System.Data.Common;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>Opens connections to the one database a service owns.</summary>
public interface IDbConnectionFactory
{
    DatabaseProvider Provider { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
