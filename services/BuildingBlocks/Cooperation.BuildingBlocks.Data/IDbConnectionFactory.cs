using System.Data.Common;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>Opens connections to the one PostgreSQL database a service owns.</summary>
public interface IDbConnectionFactory
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);
}
