using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Officials;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// Seeds the participants' agencies and a few plainly fictional officials at start-up, after the
/// migrations (hosted services start in registration order, and the database is registered first).
/// Inserts skip rows that already exist, so every start may run it. Each row it adds is audited
/// as the service itself (the unit of a job names the service); a start that adds nothing commits nothing.
/// </summary>
internal sealed partial class ReferenceDataSeeder(
    AgencyRepository agencies, OfficialRepository officials, IHostEnvironment environment,
    IConfiguration configuration,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider time,
    ILogger<ReferenceDataSeeder> logger) : IHostedService
{
    /// <summary>The operation the seed's audit records name.</summary>
    public const string Operation = "SeedReferenceData";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!SeedPolicy.ShouldSeed(environment.EnvironmentName, configuration))
        {
            return;
        }

        var now = time.GetUtcNow();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(Operation, cancellationToken);
        var agenciesAdded = 0;
        foreach (var agency in ReferenceAgencies.All(now))
        {
            if (await agencies.TryAddAsync(unitOfWork, agency))
            {
                unitOfWork.Audit(AuditAction.Create, AgenciesAudit.Agency, agency.Id, AgenciesAudit.CreatedFields);
                agenciesAdded++;
            }
        }

        var officialsAdded = 0;
        foreach (var official in ExampleOfficials.All(now))
        {
            if (await officials.TryAddSeedAsync(unitOfWork, official))
            {
                unitOfWork.Audit(AuditAction.Create, OfficialsAudit.Official, official.Id, Official.PersonalFields);
                officialsAdded++;
            }
        }

        if (agenciesAdded + officialsAdded > 0)
        {
            await unitOfWork.CommitAsync();
        }

        LogSeeded(logger, agenciesAdded, officialsAdded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Agencies} agencies and {Officials} example officials")]
    private static partial void LogSeeded(ILogger logger, int agencies, int officials);
}
