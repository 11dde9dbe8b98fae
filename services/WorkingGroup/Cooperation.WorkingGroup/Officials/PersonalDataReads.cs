using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Every read of officials' personal data states why and leaves one audit record per person read,
/// so the trail can answer "who read this official's data, and why". The data is read inside the
/// same unit of work that records the read, so a read that cannot be recorded returns nothing.
/// </summary>
internal static class PersonalDataReads
{
    public const string JustificationField = "justification";

    /// <summary>Adds an InvalidArgument on <c>justification</c> when it is missing or too long.</summary>
    public static void RequireJustification(Validator validator, string? justification)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RequireText(justification, JustificationField, AuditEntry.MaxJustificationLength);
    }

    /// <summary>
    /// Records one Read per official in <paramref name="officialIds"/> on <paramref name="unitOfWork"/>,
    /// then commits it, so the read and its record stand or fall together. With no official read
    /// nothing is recorded and the read-only transaction is left to roll back.
    /// </summary>
    public static async Task RecordAndCommitAsync(
        IUnitOfWork unitOfWork, IEnumerable<Guid> officialIds, IReadOnlyList<string> fields, string justification)
    {
        if (Record(unitOfWork, officialIds, fields, justification) > 0)
        {
            await unitOfWork.CommitAsync();
        }
    }

    /// <summary>Records one Read per official on <paramref name="unitOfWork"/>; returns how many.</summary>
    public static int Record(IUnitOfWork unitOfWork, IEnumerable<Guid> officialIds, IReadOnlyList<string> fields, string justification)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(justification);
        var ids = officialIds.Distinct().ToList();
        foreach (var id in ids)
        {
            unitOfWork.Audit(AuditAction.Read, OfficialsAudit.Official, id, fields, justification: justification.Trim());
        }

        return ids.Count;
    }
}
