using Cooperation.BuildingBlocks.Messaging;
using Cooperation.WorkingGroup.Officials;

namespace Cooperation.WorkingGroup.Agencies;

/// <summary>
/// Seeds the participants' agencies and a few plainly fictional officials at start-up, after the
/// migrations (hosted services start in registration order, and the database is registered first).
/// Inserts skip rows that already exist, so every start may run it.
/// </summary>
internal sealed partial class ReferenceDataSeeder(
    IHostEnvironment environment,
    IConfiguration configuration,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider time,
    ILogger<ReferenceDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!SeedPolicy.ShouldSeed(environment.EnvironmentName, configuration))
        {
            return;
        }

        var now = time.GetUtcNow();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        var agencies = 0;
        foreach (var agency in ReferenceAgencies.All(now))
        {
            agencies += await AgencyRepository.TryAddAsync(unitOfWork, agency, cancellationToken) ? 1 : 0;
        }

        var officials = 0;
        foreach (var official in ExampleOfficials.All(now))
        {
            officials += await OfficialRepository.TryAddSeedAsync(unitOfWork, official, cancellationToken) ? 1 : 0;
        }

        await unitOfWork.CommitAsync(cancellationToken);
        LogSeeded(logger, agencies, officials);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Agencies} agencies and {Officials} example officials")]
    private static partial void LogSeeded(ILogger logger, int agencies, int officials);
}
