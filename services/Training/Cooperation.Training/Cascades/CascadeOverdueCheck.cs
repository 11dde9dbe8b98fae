using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.Contracts.Messages.Training;

namespace Cooperation.Training.Cascades;

/// <summary>
/// One pass of the overdue check: every commitment whose due day passed without a cascade session
/// is flagged and announced (CascadeOverdue), once. A batch is claimed in one
/// <c>UPDATE … RETURNING</c> inside a unit of work that also writes the events and the audit
/// records, so the flag, the announcement and the record commit together; another replica's pass
/// at the same moment claims other rows or none. No one asked for it, so the unit audits as the
/// service itself.
/// </summary>
internal sealed partial class CascadeOverdueCheck(
    CascadeRepository cascades,
    IUnitOfWorkFactory unitOfWorkFactory,
    TimeProvider clock,
    ILogger<CascadeOverdueCheck> logger)
{
    private const int Batch = 200;

    /// <summary>Runs a pass as of now; returns the commitments newly flagged.</summary>
    public Task<IReadOnlyList<OverdueCommitment>> RunAsync(CancellationToken cancellationToken) => RunAsync(clock.GetUtcNow(), cancellationToken);

    /// <summary>Runs a pass as of <paramref name="now"/>; returns the commitments newly flagged.</summary>
    public async Task<IReadOnlyList<OverdueCommitment>> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var flagged = new List<OverdueCommitment>();
        while (true)
        {
            var batch = await FlagBatchAsync(today, now, cancellationToken);
            flagged.AddRange(batch);
            if (batch.Count < Batch)
            {
                return flagged;
            }
        }
    }

    private async Task<IReadOnlyList<OverdueCommitment>> FlagBatchAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync("FlagOverdueCascades", cancellationToken);
        var overdue = await cascades.FlagOverdueAsync(unitOfWork, today, now, Batch);
        if (overdue.Count == 0)
        {
            return overdue;
        }

        foreach (var commitment in overdue)
        {
            unitOfWork.Publish(new CascadeOverdue
            {
                CommitmentId = commitment.Id, OfficialId = commitment.OfficialId, AgencyId = commitment.AgencyId,
                Participant = commitment.Participant, DueOn = commitment.DueOn,
            });
            unitOfWork.Audit(AuditAction.Update, CascadesAudit.Commitment, commitment.Id, ["overdue_at"],
                justification: CascadeRules.CascadesAreDeliveredByTheDueDay);
            LogOverdue(logger, commitment.Id, commitment.DueOn);
        }

        await unitOfWork.CommitAsync();
        return overdue;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cascade commitment {CommitmentId} was due on {DueOn} and has no session; CascadeOverdue raised")]
    private static partial void LogOverdue(ILogger logger, Guid commitmentId, DateOnly dueOn);
}
