using Cooperation.BuildingBlocks.Data;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Everything the service holds that points at one official, for a data-subject export: the
/// memberships, the meetings attended and the action items owned (read straight from the
/// meetings tables, which refer to officials by id), in one round trip, and the passages of free
/// text that mention them (<see cref="OfficialMentions"/>) in a second.
/// </summary>
internal static class OfficialDataExportQueries
{
    private const string MembershipsSql = """
        SELECT m.id AS MembershipId, m.role AS Role, m.participant AS Participant,
               m.started_on AS StartedOn, m.ended_on AS EndedOn, a.name_en AS AgencyNameEn
        FROM memberships m
        JOIN officials o ON o.id = m.official_id
        JOIN agencies a ON a.id = o.agency_id
        WHERE m.official_id = @OfficialId
        ORDER BY m.started_on, m.id
        """;

    private const string MeetingsAttendedSql = """
        SELECT mt.id AS MeetingId, mt.scheduled_on AS ScheduledOn, mt.held_on AS HeldOn, ma.co_chair AS CoChair
        FROM meeting_attendees ma
        JOIN meetings mt ON mt.id = ma.meeting_id
        WHERE ma.official_id = @OfficialId
        ORDER BY mt.scheduled_on, mt.id
        """;

    private const string ActionItemsOwnedSql = """
        SELECT id AS ActionItemId, meeting_id AS MeetingId, description AS Description, due_on AS DueOn, status AS Status
        FROM action_items
        WHERE owner_official_id = @OfficialId
        ORDER BY due_on, id
        """;

    /// <summary>Reads the export in <paramref name="session"/>: the unit of work that records the disclosure.</summary>
    public static async Task<OfficialDataExport> ReadAsync(IDbSession session, Official official)
    {
        ArgumentNullException.ThrowIfNull(official);
        var officialId = official.Id;
        using var results = await session.QueryMultipleAsync(
            MembershipsSql + ";\n" + MeetingsAttendedSql + ";\n" + ActionItemsOwnedSql, new { OfficialId = officialId });
        var memberships = await results.ReadAsync<MembershipRow>();
        var meetings = await results.ReadAsync<MeetingRow>();
        var actionItems = await results.ReadAsync<ActionItemRow>();
        return new OfficialDataExport(
            memberships.Select(m => new MembershipRecord(m.MembershipId, m.Role, m.Participant, m.StartedOn, m.EndedOn, m.AgencyNameEn)).ToList(),
            meetings.Select(m => new AttendedMeetingRecord(m.MeetingId, m.ScheduledOn, m.HeldOn, m.CoChair)).ToList(),
            actionItems.Select(a => new ActionItemRecord(a.ActionItemId, a.MeetingId, a.Description, a.DueOn, a.Status)).ToList(),
            await OfficialMentions.FindAsync(session, official));
    }

    private sealed class MembershipRow
    {
        public Guid MembershipId { get; init; }
        public string Role { get; init; } = "";
        public string Participant { get; init; } = "";
        public DateOnly StartedOn { get; init; }
        public DateOnly? EndedOn { get; init; }
        public string AgencyNameEn { get; init; } = "";
    }

    private sealed class MeetingRow
    {
        public Guid MeetingId { get; init; }
        public DateOnly ScheduledOn { get; init; }
        public DateOnly? HeldOn { get; init; }
        public bool CoChair { get; init; }
    }

    private sealed class ActionItemRow
    {
        public Guid ActionItemId { get; init; }
        public Guid MeetingId { get; init; }
        public string Description { get; init; } = "";
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
    }
}

internal sealed record OfficialDataExport(
    IReadOnlyList<MembershipRecord> Memberships,
    IReadOnlyList<AttendedMeetingRecord> MeetingsAttended,
    IReadOnlyList<ActionItemRecord> ActionItemsOwned,
    IReadOnlyList<OfficialMention> FreeTextMentions);

/// <summary>As stored: role, participant and status in their stored (lower snake case) text.</summary>
internal sealed record MembershipRecord(Guid MembershipId, string Role, string Participant, DateOnly StartedOn, DateOnly? EndedOn, string AgencyNameEn);

internal sealed record AttendedMeetingRecord(Guid MeetingId, DateOnly ScheduledOn, DateOnly? HeldOn, bool CoChair);

internal sealed record ActionItemRecord(Guid ActionItemId, Guid MeetingId, string Description, DateOnly DueOn, string Status);
