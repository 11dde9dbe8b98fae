using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Every read of officials' personal data states why and leaves one audit record per person read,
/// so the trail can answer "who read this official's data, and why".
/// </summary>
internal sealed class PersonalDataReads(IUnitOfWorkFactory unitOfWorkFactory)
{
    public const string JustificationField = "justification";

    /// <summary>Adds an InvalidArgument on <c>justification</c> when it is missing or too long.</summary>
    public static void RequireJustification(Validator validator, string? justification)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RequireText(justification, JustificationField, AuditEntry.MaxJustificationLength);
    }

    /// <summary>Records the read of <paramref name="officialIds"/>; nothing when none was read.</summary>
    public async Task RecordAsync(
        AuditActor actor, string operation, IEnumerable<Guid> officialIds, IReadOnlyList<string> fields,
        string justification, CancellationToken cancellationToken)
    {
        var ids = officialIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(cancellationToken);
        foreach (var id in ids)
        {
            unitOfWork.Audit(new AuditEntry(actor, operation, AuditAction.Read, OfficialsAudit.ResourceType, id.ToString())
            {
                Fields = fields,
                Justification = justification.Trim(),
            });
        }

        await unitOfWork.CommitAsync(cancellationToken);
    }
}

/// <summary>How the audit trail names officials.</summary>
internal static class OfficialsAudit
{
    public const string ResourceType = "Official";
}
