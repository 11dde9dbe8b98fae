using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Programme;

/// <summary>
/// When a programme item is delivered: every event delivering it has been completed (assessed
/// after its last session) and at least one of their sessions was held. An item with no event,
/// or whose events were all completed without a session held, is not delivered; a co-chair closes it.
/// </summary>
public static class ProgrammeItemDelivery
{
    public static bool IsDelivered(ProgrammeEventsProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.Events > 0 && progress.OpenEvents == 0 && progress.AnySessionHeld;
    }

    public static void EnsureOpen(ProgrammeItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!item.IsOpen)
        {
            throw new RuleViolationException(ProgrammeRules.EventsDeliverOpenProgrammeItems,
                $"Programme item {item.ProjectId} completed on {item.CompletedOn:yyyy-MM-dd}; no more events deliver it.");
        }
    }
}

/// <summary>How far the events delivering an item have come: how many there are, how many are not completed, whether a session was held.</summary>
public sealed record ProgrammeEventsProgress(int Events, int OpenEvents, bool AnySessionHeld);
