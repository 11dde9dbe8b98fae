namespace Cooperation.BuildingBlocks.Security.ServiceIdentity;

/// <summary>The bearer token this service presents when it calls another service: its own identity, never a user's.</summary>
public interface IServiceTokenSource
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
