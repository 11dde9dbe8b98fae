using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Erases an official's personal data by anonymising the row in place: memberships, attendance,
/// decisions and action items keep the official id, so the programme's history stays whole; the
/// official's name and work contacts are redacted from the free text (<see cref="OfficialMentions"/>). The
/// audit record names the cleared fields, never their values, and the unit's actor: the caller of
/// EraseOfficial, or the service itself for the retention job.
/// </summary>
internal static class OfficialErasure
{
    /// <summary>
    /// A current member's data is still needed to run the group (a public task): the member leaves
    /// the group first, then the data can be erased.
    /// </summary>
    public static void EnsureErasable(OfficialHolding holding)
    {
        ArgumentNullException.ThrowIfNull(holding);
        if (holding.HasCurrentMembership)
        {
            throw new RuleViolationException(OfficialsRules.ErasureOfCurrentMember,
                "The official is a current member of the working group; end the membership before erasing the official's data.");
        }
    }

    /// <summary>Anonymises the official inside <paramref name="unitOfWork"/>; false (and no record) when already erased.</summary>
    public static async Task<bool> EraseAsync(IUnitOfWork unitOfWork, OfficialRepository officials, Official official, string justification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(official);
        if (official.IsErased || !await officials.AnonymiseAsync(unitOfWork, official.Anonymised(now)))
        {
            return false;
        }

        unitOfWork.Audit(AuditAction.Erase, OfficialsAudit.Official, official.Id, Official.PersonalFields, justification: justification);

        // The same erasure reaches the free text that names the official; the record names the
        // tables and counts their passages, and copies none of them.
        var redacted = await OfficialMentions.RedactAsync(unitOfWork, official);
        if (redacted.Count > 0)
        {
            unitOfWork.Audit(AuditAction.Erase, OfficialsAudit.FreeTextMentions, official.Id, OfficialMentions.AuditFields(redacted),
                justification: OfficialMentions.AuditJustification(redacted, justification));
        }

        return true;
    }
}
