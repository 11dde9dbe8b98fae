using System.Reflection;

namespace Cooperation.BuildingBlocks.Data;

/// <summary>
/// An assembly whose embedded <c>Migrations/*.sql</c> scripts belong in the service's database.
/// The service registers its own; shared machinery (the outbox and inbox) registers its tables too.
/// </summary>
public sealed record MigrationScripts(Assembly Assembly);
