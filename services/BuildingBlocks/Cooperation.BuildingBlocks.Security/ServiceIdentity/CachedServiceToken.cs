namespace Cooperation.BuildingBlocks.Security.ServiceIdentity;

/// <summary>Keeps a token until shortly before it expires, so a call never leaves with a token about to lapse.</summary>
internal sealed class CachedServiceToken(TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    public async ValueTask<string> GetAsync(
        Func<CancellationToken, Task<(string Token, DateTimeOffset ExpiresAt)>> fetch, CancellationToken cancellationToken)
    {
        if (_current is { } fresh && fresh.ExpiresAt - RenewBefore > clock.GetUtcNow())
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } held || held.ExpiresAt - RenewBefore <= clock.GetUtcNow())
            {
                _current = await fetch(cancellationToken);
            }

            return _current.Value.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
