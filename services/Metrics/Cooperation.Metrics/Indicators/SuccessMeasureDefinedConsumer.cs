using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.WorkingGroup;
using MassTransit;

namespace Cooperation.Metrics.Indicators;

/// <summary>
/// Keeps each success measure the working group defines (¶5) as an indicator; a redefinition
/// updates it, and the latest definition (by when the working group made it) wins whatever order
/// the events arrive in.
/// </summary>
public sealed class SuccessMeasureDefinedConsumer(IUnitOfWork unitOfWork, IndicatorRepository indicators)
    : IConsumer<SuccessMeasureDefined>
{
    public async Task Consume(ConsumeContext<SuccessMeasureDefined> context)
    {
        var indicator = SuccessMeasureIndicator.From(context.Message);
        if (!await indicators.SaveAsync(unitOfWork, indicator, context.Message.OccurredAt))
        {
            unitOfWork.Audit(AuditAction.Create, IndicatorsAudit.InboxMessage, context.Message.EventId,
                justification: "an older definition than the one kept; no change");
            return;
        }

        unitOfWork.Audit(AuditAction.Update, IndicatorsAudit.Indicator, indicator.Code, IndicatorsAudit.DefinitionFields);
    }
}
