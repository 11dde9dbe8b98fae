using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.Metrics.Indicators;

/// <summary>
/// Adds the built-in indicators at start-up, after the migrations (hosted services start in
/// registration order, and the database is registered first). Existing rows are kept, so every
/// start may run it; each row added is audited as the service, and a start that adds nothing
/// commits nothing.
/// </summary>
internal sealed class BuiltInIndicatorSeeder(IUnitOfWorkFactory unitOfWorkFactory, IndicatorRepository indicators, TimeProvider time)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("SeedBuiltInIndicators", cancellationToken);
        var added = 0;
        foreach (var indicator in BuiltInIndicators.All)
        {
            if (await indicators.TryAddAsync(unitOfWork, indicator, time.GetUtcNow()))
            {
                unitOfWork.Audit(AuditAction.Create, IndicatorsAudit.Indicator, indicator.Code, IndicatorsAudit.DefinitionFields);
                added++;
            }
        }

        if (added > 0)
        {
            await unitOfWork.CommitAsync();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
