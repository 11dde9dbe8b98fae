using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Membership;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>Officials on the wire.</summary>
internal static class OfficialsWire
{
    public static V1.Official ToWire(Official official) => new()
    {
        Id = official.Id.ToString(),
        AgencyId = official.AgencyId.ToString(),
        Participant = WireParticipant.ToWire(official.Participant),
        FullName = official.FullName,
        RoleTitle = official.RoleTitle,
        WorkEmail = official.WorkEmail,
        WorkPhone = official.WorkPhone ?? string.Empty,
        Purpose = official.Purpose,
        DesignatedAt = WireInstant.ToWire(official.DesignatedAt),
        LegalBasis = WireEnums.ToWire<LegalBasis, V1.LegalBasis>(official.LegalBasis),
        Erased = official.IsErased,
        ErasedAt = WireInstant.ToWire(official.ErasedAt),
    };

    /// <summary>A data-subject export: the official, the date its data is held until, and everything that points at it.</summary>
    public static V1.ExportOfficialDataResponse ToWire(
        Official official, OfficialHolding holding, OfficialDataExport export, DateTimeOffset exportedAt)
    {
        var response = new V1.ExportOfficialDataResponse
        {
            Official = ToWire(official),
            RetainedUntil = official.IsErased ? null : WireDate.ToWire(OfficialRetention.RetainedUntil(holding)),
            ExportedAt = WireInstant.ToWire(exportedAt),
        };
        response.Memberships.AddRange(export.Memberships.Select(m => new V1.Member
        {
            Id = m.MembershipId.ToString(),
            OfficialId = official.Id.ToString(),
            FullName = official.FullName,
            RoleTitle = official.RoleTitle,
            AgencyId = official.AgencyId.ToString(),
            AgencyNameEn = m.AgencyNameEn,
            Participant = WireParticipant.ToWire(Enum.Parse<Participant>(m.Participant)),
            Role = WireEnums.ToWire<MembershipRole, V1.MembershipRole>(StoredEnums.FromStored<MembershipRole>(m.Role)),
            StartedOn = WireDate.ToWire(m.StartedOn),
            EndedOn = WireDate.ToWire(m.EndedOn),
        }));
        response.MeetingsAttended.AddRange(export.MeetingsAttended.Select(m => new V1.AttendedMeeting
        {
            MeetingId = m.MeetingId.ToString(),
            ScheduledOn = WireDate.ToWire(m.ScheduledOn),
            HeldOn = WireDate.ToWire(m.HeldOn),
            CoChair = m.CoChair,
        }));
        response.ActionItemsOwned.AddRange(export.ActionItemsOwned.Select(a => new V1.OwnedActionItem
        {
            ActionItemId = a.ActionItemId.ToString(),
            MeetingId = a.MeetingId.ToString(),
            Description = a.Description,
            DueOn = WireDate.ToWire(a.DueOn),
            Status = WireEnums.ToWire<ActionItemStatus, V1.ActionItemStatus>(StoredEnums.FromStored<ActionItemStatus>(a.Status)),
        }));
        response.FreeTextMentions.AddRange(export.FreeTextMentions.Select(m => new V1.FreeTextMention
        {
            Table = m.Table, Column = m.Column, RecordId = m.RecordId, Text = m.Text,
        }));
        return response;
    }
}
