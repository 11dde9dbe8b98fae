namespace Cooperation.BuildingBlocks.Messaging;

/// <summary>
/// Something that writes its rows into every unit of work's transaction just before it commits
/// (the outbox, the audit trail). Participants are registered as singletons and all of them take
/// part, in no particular order, so registration order never matters: one must not depend on
/// another's rows.
/// </summary>
public interface IUnitOfWorkParticipant
{
    /// <summary>Writes inside the transaction; throwing aborts the commit and rolls everything back.</summary>
    Task OnCommittingAsync(IUnitOfWork unitOfWork);

    /// <summary>Runs once the transaction has committed (wake a relay, …); must not throw.</summary>
    void OnCommitted(IUnitOfWork unitOfWork)
    {
    }
}
