namespace Cooperation.AppHost.Tests.Infrastructure;

/// <summary>
/// How one start of the AppHost is configured: a private data directory (never the developer's),
/// the broker's and PostgreSQL's ports (0 = free ones), the development signing key and how many
/// replicas of each service run. Two starts with the same options meet the same data, as two local
/// runs do.
/// </summary>
public sealed record StackOptions(string DataDirectory, int MessagingPort, int PostgresPort, string SigningKey, bool Reset = false, int Replicas = 1)
{
    public string[] Arguments =>
    [
        $"--Messaging:Port={MessagingPort}",
        $"--Postgres:Port={PostgresPort}",
        $"--LocalData:Directory={DataDirectory}",
        $"--LocalData:Reset={Reset}",
        $"--Authentication:Development:SigningKey={SigningKey}",
        $"--Stack:Replicas={Replicas}",
    ];
}
