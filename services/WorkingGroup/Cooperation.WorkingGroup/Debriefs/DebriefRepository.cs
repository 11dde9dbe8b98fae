using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;

namespace Cooperation.WorkingGroup.Debriefs;

/// <summary>
/// Stores debriefs with their agencies, corrective actions and best-practice note. A get is one
/// command; a page is two (the page of debriefs, then every child of the whole page at once).
/// </summary>
internal sealed class DebriefRepository
{
    private const string InsertSql = """
        INSERT INTO debriefs (id, operation_reference, operation_date, strengths, areas_for_improvement, multi_agency_lessons,
                              channels, recorded_by_agency_id, recorded_at)
        VALUES (@Id, @OperationReference, @OperationDate, @Strengths, @AreasForImprovement, @MultiAgencyLessons,
                @Channels, @RecordedByAgencyId, @RecordedAt)
        ON CONFLICT (operation_reference) DO NOTHING
        """;

    private const string InsertAgencySql = """
        INSERT INTO debrief_agencies (debrief_id, agency_id, participant) VALUES (@DebriefId, @AgencyId, @Participant)
        """;

    private const string InsertActionSql = """
        INSERT INTO corrective_actions (id, debrief_id, position, description, owner_agency_id, owner_official_id, due_on, status, closed_on, action_item_id)
        VALUES (@Id, @DebriefId, @Position, @Description, @OwnerAgencyId, @OwnerOfficialId, @DueOn, @Status, @ClosedOn, @ActionItemId)
        """;

    private const string CloseActionSql = """
        UPDATE corrective_actions SET status = @Status, closed_on = @ClosedOn WHERE id = @Id AND status = 'open'
        """;

    private const string InsertNoteSql = """
        INSERT INTO best_practice_notes (debrief_id, title, body, published_by_agency_id, published_at)
        VALUES (@DebriefId, @Title, @Text, @PublishedByAgencyId, @PublishedAt)
        ON CONFLICT (debrief_id) DO NOTHING
        """;

    private const string DebriefColumns = $"""
        d.id AS {nameof(DebriefRow.Id)}, d.operation_reference AS {nameof(DebriefRow.OperationReference)},
        d.operation_date AS {nameof(DebriefRow.OperationDate)}, d.strengths AS {nameof(DebriefRow.Strengths)},
        d.areas_for_improvement AS {nameof(DebriefRow.AreasForImprovement)}, d.multi_agency_lessons AS {nameof(DebriefRow.MultiAgencyLessons)},
        d.channels AS {nameof(DebriefRow.Channels)}, d.recorded_by_agency_id AS {nameof(DebriefRow.RecordedByAgencyId)},
        d.recorded_at AS {nameof(DebriefRow.RecordedAt)}
        """;

    private const string ActionColumns = $"""
        id AS {nameof(ActionRow.Id)}, debrief_id AS {nameof(ActionRow.DebriefId)}, description AS {nameof(ActionRow.Description)},
        owner_agency_id AS {nameof(ActionRow.OwnerAgencyId)}, owner_official_id AS {nameof(ActionRow.OwnerOfficialId)},
        due_on AS {nameof(ActionRow.DueOn)}, status AS {nameof(ActionRow.Status)}, closed_on AS {nameof(ActionRow.ClosedOn)},
        action_item_id AS {nameof(ActionRow.ActionItemId)}
        """;

    private const string NoteColumns = $"""
        n.debrief_id AS {nameof(NoteRow.DebriefId)}, d.operation_reference AS {nameof(NoteRow.OperationReference)}, n.title AS {nameof(NoteRow.Title)},
        n.body AS {nameof(NoteRow.Text)}, n.published_by_agency_id AS {nameof(NoteRow.PublishedByAgencyId)}, n.published_at AS {nameof(NoteRow.PublishedAt)}
        """;

    // The children of the given debriefs, in one round trip.
    private const string ChildrenSql = $"""
        SELECT debrief_id AS {nameof(AgencyRow.DebriefId)}, agency_id AS {nameof(AgencyRow.AgencyId)}, participant AS {nameof(AgencyRow.Participant)}
        FROM debrief_agencies WHERE debrief_id = ANY(@Ids) ORDER BY debrief_id, participant, agency_id;
        SELECT {ActionColumns} FROM corrective_actions WHERE debrief_id = ANY(@Ids) ORDER BY debrief_id, position;
        SELECT {NoteColumns} FROM best_practice_notes n JOIN debriefs d ON d.id = n.debrief_id WHERE n.debrief_id = ANY(@Ids);
        """;

    private const string GetSql = $"SELECT {DebriefColumns} FROM debriefs d WHERE d.id = @Id;\n" + ChildrenSql;

    // Newest operation first; a scope limits the page to debriefs the agency took part in.
    private const string PageSql = $"""
        SELECT {DebriefColumns} FROM debriefs d
        WHERE (CAST(@Agency AS uuid) IS NULL OR EXISTS (SELECT 1 FROM debrief_agencies a WHERE a.debrief_id = d.id AND a.agency_id = @Agency))
        ORDER BY d.operation_date DESC, d.id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string ActionSql = $"SELECT {ActionColumns} FROM corrective_actions WHERE id = @Id";

    private const string ActionOfItemSql = $"SELECT {ActionColumns} FROM corrective_actions WHERE action_item_id = @ActionItemId";

    private const string NotesPageSql = $"""
        SELECT {NoteColumns} FROM best_practice_notes n JOIN debriefs d ON d.id = n.debrief_id
        ORDER BY n.published_at DESC, n.debrief_id
        LIMIT @Limit OFFSET @Offset
        """;

    private const string AgencyParticipantsSql = $"""
        SELECT id AS {nameof(AgencyRow.AgencyId)}, participant AS {nameof(AgencyRow.Participant)} FROM agencies WHERE id = ANY(@Ids)
        """;

    private const string OfficialAgenciesSql = $"""
        SELECT id AS {nameof(OfficialRow.OfficialId)}, agency_id AS {nameof(OfficialRow.AgencyId)} FROM officials WHERE id = ANY(@Ids) AND erased_at IS NULL
        """;

    // The meeting corrective actions hang from as action items: the latest held one.
    private const string LatestHeldMeetingSql = "SELECT id FROM meetings WHERE status = 'held' ORDER BY held_on DESC, id DESC LIMIT 1";

    /// <summary>Stores a new debrief with its agencies and corrective actions; AlreadyExists for a reference already debriefed.</summary>
    public async Task AddAsync(IUnitOfWork unitOfWork, Debrief debrief)
    {
        var inserted = await unitOfWork.ExecuteAsync(InsertSql, new
        {
            debrief.Id,
            debrief.OperationReference,
            debrief.OperationDate,
            Strengths = debrief.Strengths.ToArray(),
            AreasForImprovement = debrief.AreasForImprovement.ToArray(),
            MultiAgencyLessons = debrief.MultiAgencyLessons.ToArray(),
            Channels = debrief.Channels.Select(StoredEnums.ToStored).ToArray(),
            debrief.RecordedByAgencyId,
            debrief.RecordedAt,
        });
        if (inserted == 0)
        {
            throw new ConflictException("debrief", debrief.OperationReference, $"Operation {debrief.OperationReference} has already been debriefed.");
        }

        await unitOfWork.ExecuteAsync(InsertAgencySql,
            debrief.Agencies.Select(a => new { DebriefId = debrief.Id, a.AgencyId, Participant = a.Participant.ToString() }));
        await unitOfWork.ExecuteAsync(InsertActionSql, debrief.CorrectiveActions.Select((a, position) => new
        {
            a.Id, a.DebriefId, Position = position, a.Description, a.OwnerAgencyId, a.OwnerOfficialId, a.DueOn,
            Status = StoredEnums.ToStored(a.Status), a.ClosedOn, a.ActionItemId,
        }));
    }

    /// <summary>Records a close; false when a concurrent call closed it first.</summary>
    public async Task<bool> CloseAsync(IUnitOfWork unitOfWork, CorrectiveAction action) =>
        await unitOfWork.ExecuteAsync(CloseActionSql, new { action.Id, Status = StoredEnums.ToStored(action.Status), action.ClosedOn }) == 1;

    /// <summary>Stores the note; false when the debrief already has one (a concurrent publish).</summary>
    public async Task<bool> AddNoteAsync(IUnitOfWork unitOfWork, BestPracticeNote note) =>
        await unitOfWork.ExecuteAsync(InsertNoteSql, note) == 1;

    /// <summary>One debrief with its children, in one command; NotFound when absent.</summary>
    public async Task<Debrief> GetAsync(IDbSession session, Guid id)
    {
        using var results = await session.QueryMultipleAsync(GetSql, new { Id = id, Ids = new[] { id } });
        var root = (await results.ReadAsync<DebriefRow>()).SingleOrDefault() ?? throw new NotFoundException("debrief", id.ToString());
        return (await AssembleAsync(results, [root])).Single();
    }

    /// <summary>A page of debriefs (limited to <paramref name="agency"/>'s when given), in two commands whatever the page size.</summary>
    public async Task<IReadOnlyList<Debrief>> ListAsync(IDbSession session, Guid? agency, PageRequest page)
    {
        var roots = (await session.QueryAsync<DebriefRow>(PageSql, new { Agency = agency, Limit = page.Size, page.Offset })).ToList();
        if (roots.Count == 0)
        {
            return [];
        }

        using var results = await session.QueryMultipleAsync(ChildrenSql, new { Ids = roots.Select(r => r.Id).ToArray() });
        return await AssembleAsync(results, roots);
    }

    /// <summary>One corrective action; NotFound when absent.</summary>
    public async Task<CorrectiveAction> GetActionAsync(IDbSession session, Guid id) =>
        (await session.QuerySingleOrDefaultAsync<ActionRow>(ActionSql, new { Id = id }))?.ToAction()
        ?? throw new NotFoundException("corrective_action", id.ToString());

    /// <summary>The corrective action an action item carries; null for an item raised at a meeting.</summary>
    public async Task<CorrectiveAction?> FindActionOfItemAsync(IDbSession session, Guid actionItemId) =>
        (await session.QuerySingleOrDefaultAsync<ActionRow>(ActionOfItemSql, new { ActionItemId = actionItemId }))?.ToAction();

    public async Task<IReadOnlyList<BestPracticeNote>> ListNotesAsync(IDbSession session, PageRequest page) =>
        (await session.QueryAsync<NoteRow>(NotesPageSql, new { Limit = page.Size, page.Offset })).Select(n => n.ToNote()).ToList();

    /// <summary>The registered agencies among <paramref name="agencyIds"/>, with their participant.</summary>
    public async Task<IReadOnlyList<InvolvedAgency>> AgenciesAsync(IDbSession session, IReadOnlyCollection<Guid> agencyIds) =>
        (await session.QueryAsync<AgencyRow>(AgencyParticipantsSql, new { Ids = agencyIds.ToArray() }))
        .Select(a => new InvolvedAgency(a.AgencyId, Enum.Parse<Participant>(a.Participant))).ToList();

    /// <summary>The agency of each official (not erased) among <paramref name="officialIds"/>.</summary>
    public async Task<IReadOnlyDictionary<Guid, Guid>> AgencyOfOfficialsAsync(IDbSession session, IReadOnlyCollection<Guid> officialIds) =>
        (await session.QueryAsync<OfficialRow>(OfficialAgenciesSql, new { Ids = officialIds.ToArray() })).ToDictionary(o => o.OfficialId, o => o.AgencyId);

    public async Task<Guid?> LatestHeldMeetingAsync(IDbSession session) =>
        await session.QuerySingleOrDefaultAsync<Guid?>(LatestHeldMeetingSql);

    private static async Task<IReadOnlyList<Debrief>> AssembleAsync(Dapper.SqlMapper.GridReader results, IReadOnlyList<DebriefRow> roots)
    {
        var agencies = (await results.ReadAsync<AgencyRow>()).ToLookup(a => a.DebriefId);
        var actions = (await results.ReadAsync<ActionRow>()).ToLookup(a => a.DebriefId);
        var notes = (await results.ReadAsync<NoteRow>()).ToDictionary(n => n.DebriefId);
        return roots.Select(r => r.ToDebrief(
            agencies[r.Id].Select(a => new InvolvedAgency(a.AgencyId, Enum.Parse<Participant>(a.Participant))).ToList(),
            actions[r.Id].Select(a => a.ToAction()).ToList(),
            notes.TryGetValue(r.Id, out var note) ? note.ToNote() : null)).ToList();
    }

    private sealed class DebriefRow
    {
        public Guid Id { get; init; }
        public string OperationReference { get; init; } = "";
        public DateOnly OperationDate { get; init; }
        public string[] Strengths { get; init; } = [];
        public string[] AreasForImprovement { get; init; } = [];
        public string[] MultiAgencyLessons { get; init; } = [];
        public string[] Channels { get; init; } = [];
        public Guid RecordedByAgencyId { get; init; }
        public DateTimeOffset RecordedAt { get; init; }

        public Debrief ToDebrief(IReadOnlyList<InvolvedAgency> agencies, IReadOnlyList<CorrectiveAction> actions, BestPracticeNote? note) => new(
            Id, OperationReference, OperationDate, agencies, Strengths, AreasForImprovement, MultiAgencyLessons,
            Channels.Select(StoredEnums.FromStored<SharingChannel>).ToList(), actions, note, RecordedByAgencyId, RecordedAt);
    }

    private sealed class AgencyRow
    {
        public Guid DebriefId { get; init; }
        public Guid AgencyId { get; init; }
        public string Participant { get; init; } = "";
    }

    private sealed class OfficialRow
    {
        public Guid OfficialId { get; init; }
        public Guid AgencyId { get; init; }
    }

    private sealed class ActionRow
    {
        public Guid Id { get; init; }
        public Guid DebriefId { get; init; }
        public string Description { get; init; } = "";
        public Guid OwnerAgencyId { get; init; }
        public Guid OwnerOfficialId { get; init; }
        public DateOnly DueOn { get; init; }
        public string Status { get; init; } = "";
        public DateOnly? ClosedOn { get; init; }
        public Guid ActionItemId { get; init; }

        public CorrectiveAction ToAction() => new(
            Id, DebriefId, Description, OwnerAgencyId, OwnerOfficialId, DueOn, StoredEnums.FromStored<CorrectiveActionStatus>(Status), ClosedOn, ActionItemId);
    }

    private sealed class NoteRow
    {
        public Guid DebriefId { get; init; }
        public string OperationReference { get; init; } = "";
        public string Title { get; init; } = "";
        public string Text { get; init; } = "";
        public Guid PublishedByAgencyId { get; init; }
        public DateTimeOffset PublishedAt { get; init; }

        public BestPracticeNote ToNote() => new(DebriefId, OperationReference, Title, Text, PublishedByAgencyId, PublishedAt);
    }
}
