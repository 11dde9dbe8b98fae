using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Exchanges;

/// <summary>
/// Loads and saves exchanges with their approvals. A write loads the exchange with its row locked
/// (<c>FOR UPDATE</c>), so two approvals of one exchange, or a start racing a withdrawal, apply one
/// after the other.
/// </summary>
public sealed class ExchangeRepository
{
    private const string Columns = $"""
        x.id AS {nameof(ExchangeRow.Id)}, x.kind AS {nameof(ExchangeRow.Kind)}, x.guest_official_id AS {nameof(ExchangeRow.GuestOfficialId)},
        x.guest_agency_id AS {nameof(ExchangeRow.GuestAgencyId)}, x.guest_participant AS {nameof(ExchangeRow.GuestParticipant)},
        x.host_agency_id AS {nameof(ExchangeRow.HostAgencyId)}, x.host_participant AS {nameof(ExchangeRow.HostParticipant)},
        x.replacement_official_id AS {nameof(ExchangeRow.ReplacementOfficialId)}, x.starts_on AS {nameof(ExchangeRow.StartsOn)},
        x.ends_on AS {nameof(ExchangeRow.EndsOn)}, x.purpose AS {nameof(ExchangeRow.Purpose)}, x.status AS {nameof(ExchangeRow.Status)},
        x.partner_exchange_id AS {nameof(ExchangeRow.PartnerExchangeId)}, x.pre_matched AS {nameof(ExchangeRow.PreMatched)},
        x.proposed_by AS {nameof(ExchangeRow.ProposedBy)}, x.proposed_at AS {nameof(ExchangeRow.ProposedAt)},
        x.started_on AS {nameof(ExchangeRow.StartedOn)}, x.completed_on AS {nameof(ExchangeRow.CompletedOn)},
        x.withdrawn_at AS {nameof(ExchangeRow.WithdrawnAt)}, x.withdrawn_by AS {nameof(ExchangeRow.WithdrawnBy)},
        x.withdrawal_reason AS {nameof(ExchangeRow.WithdrawalReason)}
        """;

    private const string ApprovalColumns = $"""
        a.exchange_id AS {nameof(ApprovalRow.ExchangeId)}, a.side AS {nameof(ApprovalRow.Side)}, a.agency_id AS {nameof(ApprovalRow.AgencyId)},
        a.approved_by AS {nameof(ApprovalRow.ApprovedBy)}, a.approved_at AS {nameof(ApprovalRow.ApprovedAt)}, a.reason AS {nameof(ApprovalRow.Reason)}
        """;

    private const string GetForUpdateSql = $"""
        SELECT {Columns} FROM exchanges x WHERE x.id = ANY(@Ids) ORDER BY x.id FOR UPDATE;
        SELECT {ApprovalColumns} FROM exchange_approvals a WHERE a.exchange_id = ANY(@Ids) ORDER BY a.side;
        """;

    private const string GetSql = $"""
        SELECT {Columns} FROM exchanges x WHERE x.id = ANY(@Ids);
        SELECT {ApprovalColumns} FROM exchange_approvals a WHERE a.exchange_id = ANY(@Ids) ORDER BY a.side;
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM exchanges x
        WHERE (@AgencyId::uuid IS NULL OR x.guest_agency_id = @AgencyId OR x.host_agency_id = @AgencyId)
          AND (@Status::text IS NULL OR x.status = @Status)
        ORDER BY x.proposed_at, x.id LIMIT @Limit OFFSET @Offset
        """;

    private const string OfOfficialSql = $"""
        SELECT {Columns} FROM exchanges x WHERE x.guest_official_id = @OfficialId OR x.replacement_official_id = @OfficialId
        ORDER BY x.proposed_at, x.id;
        SELECT {ApprovalColumns} FROM exchange_approvals a JOIN exchanges x ON x.id = a.exchange_id
        WHERE x.guest_official_id = @OfficialId OR x.replacement_official_id = @OfficialId ORDER BY a.side;
        """;

    private const string ApprovalsOfSql = $"""
        SELECT {ApprovalColumns} FROM exchange_approvals a WHERE a.exchange_id = ANY(@Ids) ORDER BY a.side
        """;

    private const string InsertSql = """
        INSERT INTO exchanges (id, kind, guest_official_id, guest_agency_id, guest_participant, host_agency_id, host_participant,
                               replacement_official_id, starts_on, ends_on, purpose, status, partner_exchange_id, pre_matched,
                               proposed_by, proposed_at)
        VALUES (@Id, @Kind, @GuestOfficialId, @GuestAgencyId, @GuestParticipant, @HostAgencyId, @HostParticipant,
                @ReplacementOfficialId, @StartsOn, @EndsOn, @Purpose, @Status, NULL, false, @ProposedBy, @ProposedAt)
        """;

    private const string UpdateSql = """
        UPDATE exchanges SET status = @Status, partner_exchange_id = @PartnerExchangeId, pre_matched = @PreMatched,
            started_on = @StartedOn, completed_on = @CompletedOn, withdrawn_at = @WithdrawnAt, withdrawn_by = @WithdrawnBy,
            withdrawal_reason = @WithdrawalReason
        WHERE id = @Id
        """;

    private const string InsertApprovalSql = """
        INSERT INTO exchange_approvals (exchange_id, side, agency_id, approved_by, approved_at, reason)
        VALUES (@ExchangeId, @Side, @AgencyId, @ApprovedBy, @ApprovedAt, @Reason)
        """;

    // As a nomination does: the first agency to put an official forward owns them here, and the
    // official's row is locked for the rest of the unit.
    private const string ClaimTraineeSql = """
        INSERT INTO trainees (official_id, agency_id, first_nominated_at, participant) VALUES (@OfficialId, @AgencyId, @Now, @Participant)
        ON CONFLICT (official_id) DO UPDATE SET participant = excluded.participant
            WHERE trainees.participant IS NULL AND trainees.agency_id = excluded.agency_id;
        SELECT agency_id FROM trainees WHERE official_id = @OfficialId FOR UPDATE;
        """;

    private const string AgencyOfTraineeSql = "SELECT agency_id FROM trainees WHERE official_id = @OfficialId";

    /// <summary>The exchange with its row locked; NotFound when absent.</summary>
    public async Task<Exchange> GetForUpdateAsync(IDbSession session, Guid id) => (await GetForUpdateAsync(session, [id]))[0];

    /// <summary>Exchanges with their rows locked in id order (so two pairings never deadlock), in the order asked; NotFound for any absent.</summary>
    public async Task<IReadOnlyList<Exchange>> GetForUpdateAsync(IDbSession session, IReadOnlyList<Guid> ids) =>
        Ordered(await ReadAsync(session, GetForUpdateSql, ids), ids);

    /// <summary>One exchange and its approvals in one round trip; NotFound when absent.</summary>
    public async Task<Exchange> GetAsync(IDbSession session, Guid id) => Ordered(await ReadAsync(session, GetSql, [id]), [id])[0];

    /// <summary>A page of exchanges, oldest proposal first: two queries whatever the page size.</summary>
    public async Task<IReadOnlyList<Exchange>> ListAsync(IDbSession session, Guid? agencyId, ExchangeStatus? status, PageRequest page)
    {
        var rows = await session.QueryAsync<ExchangeRow>(ListSql, new
        {
            AgencyId = agencyId, Status = status is { } s ? StoredEnums.ToStored(s) : null, Limit = page.Size, page.Offset,
        });
        if (rows.Count == 0)
        {
            return [];
        }

        var approvals = (await session.QueryAsync<ApprovalRow>(ApprovalsOfSql, new { Ids = rows.Select(r => r.Id).ToArray() })).ToLookup(a => a.ExchangeId);
        return rows.Select(r => ToDomain(r, approvals[r.Id])).ToList();
    }

    /// <summary>The exchanges naming the official as guest or replacement, in one round trip (for an export of their data).</summary>
    public async Task<IReadOnlyList<Exchange>> OfOfficialAsync(IDbSession session, Guid officialId)
    {
        using var grid = await session.QueryMultipleAsync(OfOfficialSql, new { OfficialId = officialId });
        var rows = (await grid.ReadAsync<ExchangeRow>()).ToList();
        var approvals = (await grid.ReadAsync<ApprovalRow>()).ToLookup(a => a.ExchangeId);
        return rows.Select(r => ToDomain(r, approvals[r.Id])).ToList();
    }

    public Task InsertAsync(IDbSession session, Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return session.ExecuteAsync(InsertSql, new
        {
            exchange.Id, Kind = StoredEnums.ToStored(exchange.Kind), exchange.GuestOfficialId, exchange.GuestAgencyId,
            GuestParticipant = exchange.GuestParticipant.ToString(), exchange.HostAgencyId, HostParticipant = exchange.HostParticipant.ToString(),
            exchange.ReplacementOfficialId, exchange.Leg.StartsOn, exchange.Leg.EndsOn, exchange.Leg.Purpose,
            Status = StoredEnums.ToStored(exchange.Status), exchange.ProposedBy, exchange.ProposedAt,
        });
    }

    public Task UpdateAsync(IDbSession session, Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return session.ExecuteAsync(UpdateSql, new
        {
            exchange.Id, Status = StoredEnums.ToStored(exchange.Status), exchange.PartnerExchangeId, exchange.PreMatched,
            exchange.StartedOn, exchange.CompletedOn, exchange.WithdrawnAt, exchange.WithdrawnBy, exchange.WithdrawalReason,
        });
    }

    public Task InsertApprovalAsync(IDbSession session, Guid exchangeId, ExchangeApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        return session.ExecuteAsync(InsertApprovalSql, new
        {
            ExchangeId = exchangeId, Side = StoredEnums.ToStored(approval.Side), approval.AgencyId, approval.ApprovedBy,
            approval.ApprovedAt, approval.Reason,
        });
    }

    /// <summary>The agency that owns the official here (now <paramref name="agencyId"/> if they were new), their row locked.</summary>
    public async Task<Guid> ClaimTraineeAsync(IDbSession session, Guid officialId, Guid agencyId, Participant participant, DateTimeOffset now)
    {
        using var grid = await session.QueryMultipleAsync(
            ClaimTraineeSql, new { OfficialId = officialId, AgencyId = agencyId, Participant = participant.ToString(), Now = now });
        return await grid.ReadSingleAsync<Guid>();
    }

    /// <summary>The agency that owns the official here, or null when the programme has not met them yet.</summary>
    public Task<Guid?> AgencyOfTraineeAsync(IDbSession session, Guid officialId) =>
        session.QuerySingleOrDefaultAsync<Guid?>(AgencyOfTraineeSql, new { OfficialId = officialId });

    private static List<Exchange> Ordered(IReadOnlyList<Exchange> found, IReadOnlyList<Guid> ids) =>
        ids.Select(id => found.FirstOrDefault(x => x.Id == id) ?? throw new NotFoundException("exchange", id.ToString())).ToList();

    private static async Task<IReadOnlyList<Exchange>> ReadAsync(IDbSession session, string sql, IReadOnlyList<Guid> ids)
    {
        using var grid = await session.QueryMultipleAsync(sql, new { Ids = ids.ToArray() });
        var rows = (await grid.ReadAsync<ExchangeRow>()).ToList();
        var approvals = (await grid.ReadAsync<ApprovalRow>()).ToLookup(a => a.ExchangeId);
        return rows.Select(r => ToDomain(r, approvals[r.Id])).ToList();
    }

    private static Exchange ToDomain(ExchangeRow r, IEnumerable<ApprovalRow> approvals) => new(
        r.Id, StoredEnums.FromStored<ExchangeKind>(r.Kind), r.GuestOfficialId, r.GuestAgencyId, Enum.Parse<Participant>(r.GuestParticipant),
        r.HostAgencyId, Enum.Parse<Participant>(r.HostParticipant), r.ReplacementOfficialId, new ExchangeLeg(r.StartsOn, r.EndsOn, r.Purpose),
        r.ProposedBy, r.ProposedAt, StoredEnums.FromStored<ExchangeStatus>(r.Status), r.PartnerExchangeId, r.PreMatched,
        approvals.Select(a => new ExchangeApproval(StoredEnums.FromStored<ExchangeSide>(a.Side), a.AgencyId, a.ApprovedBy, a.ApprovedAt, a.Reason)),
        r.StartedOn, r.CompletedOn, r.WithdrawnAt, r.WithdrawnBy, r.WithdrawalReason);

    private sealed class ExchangeRow
    {
        public Guid Id { get; init; }
        public string Kind { get; init; } = "";
        public Guid GuestOfficialId { get; init; }
        public Guid GuestAgencyId { get; init; }
        public string GuestParticipant { get; init; } = "";
        public Guid HostAgencyId { get; init; }
        public string HostParticipant { get; init; } = "";
        public Guid? ReplacementOfficialId { get; init; }
        public DateOnly StartsOn { get; init; }
        public DateOnly EndsOn { get; init; }
        public string Purpose { get; init; } = "";
        public string Status { get; init; } = "";
        public Guid? PartnerExchangeId { get; init; }
        public bool PreMatched { get; init; }
        public string ProposedBy { get; init; } = "";
        public DateTimeOffset ProposedAt { get; init; }
        public DateOnly? StartedOn { get; init; }
        public DateOnly? CompletedOn { get; init; }
        public DateTimeOffset? WithdrawnAt { get; init; }
        public string? WithdrawnBy { get; init; }
        public string? WithdrawalReason { get; init; }
    }

    private sealed class ApprovalRow
    {
        public Guid ExchangeId { get; init; }
        public string Side { get; init; } = "";
        public Guid AgencyId { get; init; }
        public string ApprovedBy { get; init; } = "";
        public DateTimeOffset ApprovedAt { get; init; }
        public string Reason { get; init; } = "";
    }
}
