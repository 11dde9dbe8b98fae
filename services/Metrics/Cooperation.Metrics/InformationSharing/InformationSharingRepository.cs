using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.InformationSharing;

/// <summary>The SQL of the information-sharing log and its aggregates.</summary>
public sealed class InformationSharingRepository
{
    private const string Columns = """
        id AS Id, agency_id AS AgencyId, channel AS Channel, direction AS Direction, urgency AS Urgency, handling_code AS HandlingCode,
        requested_at AS RequestedAt, recorded_by AS RecordedBy, recorded_at AS RecordedAt, answered_at AS AnsweredAt,
        refused_at AS RefusedAt, refused_reason AS RefusedReason
        """;

    private const string InsertSql = """
        INSERT INTO information_exchanges (id, agency_id, channel, direction, urgency, handling_code, requested_at, year, quarter, recorded_by, recorded_at)
        VALUES (@Id, @AgencyId, @Channel, @Direction, @Urgency, @HandlingCode, @RequestedAt, @Year, @Quarter, @RecordedBy, @RecordedAt)
        """;

    private const string GetSql = $"SELECT {Columns} FROM information_exchanges WHERE id = @Id";

    private const string GetForUpdateSql = $"SELECT {Columns} FROM information_exchanges WHERE id = @Id FOR UPDATE";

    private const string ReplySql = """
        UPDATE information_exchanges SET answered_at = @AnsweredAt, refused_at = @RefusedAt, refused_reason = @RefusedReason
        WHERE id = @Id
        """;

    private const string ListSql = $"""
        SELECT {Columns} FROM information_exchanges
        WHERE agency_id = @AgencyId AND (@Channel IS NULL OR channel = @Channel)
        ORDER BY requested_at DESC, id
        LIMIT @Limit OFFSET @Offset
        """;

    // One row per channel and one (channel NULL) for all of them; the deadlines come from DeadlineBands.
    private const string StatisticsSql = """
        SELECT channel AS Channel, count(*) AS Volume,
               count(*) FILTER (WHERE direction = 'sent') AS Sent,
               count(*) FILTER (WHERE direction = 'received') AS Received,
               count(answered_at) AS Answered,
               count(refused_at) AS Refused,
               count(*) FILTER (WHERE answered_at IS NULL AND refused_at IS NULL) AS Pending,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - requested_at)::float8) / 3600 AS MedianHoursToAnswer,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - requested_at)::float8) / 3600 AS P90HoursToAnswer,
               count(*) FILTER (WHERE extract(epoch FROM answered_at - requested_at) <= CASE urgency
                   WHEN 'urgent' THEN @UrgentSeconds WHEN 'three_days' THEN @ThreeDaysSeconds ELSE @SevenDaysSeconds END) AS AnsweredWithinDeadline
        FROM information_exchanges
        WHERE year = @Year AND quarter = @Quarter AND (@Channel IS NULL OR channel = @Channel)
        GROUP BY GROUPING SETS ((channel), ());
        SELECT channel AS Channel, refused_reason AS Reason, count(*) AS Count
        FROM information_exchanges
        WHERE year = @Year AND quarter = @Quarter AND (@Channel IS NULL OR channel = @Channel) AND refused_at IS NOT NULL
        GROUP BY GROUPING SETS ((channel, refused_reason), (refused_reason))
        ORDER BY refused_reason;
        """;

    public async Task AddAsync(IDbSession session, InformationExchange exchange) =>
        await session.ExecuteAsync(InsertSql, new
        {
            exchange.Id,
            exchange.AgencyId,
            Channel = StoredEnums.ToStored(exchange.Channel),
            Direction = StoredEnums.ToStored(exchange.Direction),
            Urgency = StoredEnums.ToStored(exchange.Urgency),
            HandlingCode = StoredEnums.ToStored(exchange.HandlingCode),
            exchange.RequestedAt,
            exchange.Quarter.Year,
            Quarter = exchange.Quarter.Number,
            exchange.RecordedBy,
            exchange.RecordedAt,
        });

    /// <summary>The exchange of <paramref name="id"/>; <see cref="NotFoundException"/> when there is none.</summary>
    public async Task<InformationExchange> GetAsync(IDbSession session, Guid id) =>
        (await session.QuerySingleOrDefaultAsync<Row>(GetSql, new { Id = id }))?.ToExchange()
        ?? throw new NotFoundException(InformationSharingAudit.InformationExchange, id.ToString());

    /// <summary>As <see cref="GetAsync"/>, locking the row until the unit of work ends, so two replies cannot both find it pending.</summary>
    public async Task<InformationExchange> GetForUpdateAsync(IDbSession session, Guid id) =>
        (await session.QuerySingleOrDefaultAsync<Row>(GetForUpdateSql, new { Id = id }))?.ToExchange()
        ?? throw new NotFoundException(InformationSharingAudit.InformationExchange, id.ToString());

    public async Task SaveReplyAsync(IDbSession session, InformationExchange exchange) =>
        await session.ExecuteAsync(ReplySql, new
        {
            exchange.Id,
            exchange.AnsweredAt,
            exchange.RefusedAt,
            RefusedReason = exchange.RefusalReason is { } reason ? StoredEnums.ToStored(reason) : null,
        });

    public async Task<IReadOnlyList<InformationExchange>> ListAsync(IDbSession session, Guid agencyId, SharingChannel? channel, PageRequest page) =>
        (await session.QueryAsync<Row>(ListSql, new
        {
            AgencyId = agencyId,
            Channel = channel is { } c ? StoredEnums.ToStored(c) : null,
            Limit = page.Size,
            page.Offset,
        })).Select(r => r.ToExchange()).ToList();

    /// <summary>The quarter's aggregates per channel (in the enum's order) and in total (the last, channel null), in one command.</summary>
    public async Task<IReadOnlyList<SharingStatistics>> StatisticsAsync(IDbSession session, Quarter quarter, SharingChannel? channel)
    {
        using var grid = await session.QueryMultipleAsync(StatisticsSql, new
        {
            quarter.Year,
            Quarter = quarter.Number,
            Channel = channel is { } c ? StoredEnums.ToStored(c) : null,
            UrgentSeconds = DeadlineBands.DeadlineOf(UrgencyBand.Urgent).TotalSeconds,
            ThreeDaysSeconds = DeadlineBands.DeadlineOf(UrgencyBand.ThreeDays).TotalSeconds,
            SevenDaysSeconds = DeadlineBands.DeadlineOf(UrgencyBand.SevenDays).TotalSeconds,
        });
        var rows = (await grid.ReadAsync<StatisticsRow>()).ToList();
        var refusals = (await grid.ReadAsync<RefusalRow>()).ToLookup(r => r.Channel ?? "");
        return rows.Select(r => r.ToStatistics(refusals[r.Channel ?? ""]))
            .OrderBy(s => s.Channel is null).ThenBy(s => s.Channel).ToList();
    }

    private static SharingChannel? ChannelOf(string? stored) => stored is null ? null : StoredEnums.FromStored<SharingChannel>(stored);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid AgencyId { get; init; }
        public string Channel { get; init; } = "";
        public string Direction { get; init; } = "";
        public string Urgency { get; init; } = "";
        public string HandlingCode { get; init; } = "";
        public DateTimeOffset RequestedAt { get; init; }
        public string RecordedBy { get; init; } = "";
        public DateTimeOffset RecordedAt { get; init; }
        public DateTimeOffset? AnsweredAt { get; init; }
        public DateTimeOffset? RefusedAt { get; init; }
        public string? RefusedReason { get; init; }

        public InformationExchange ToExchange() => new(
            Id, AgencyId, StoredEnums.FromStored<SharingChannel>(Channel), StoredEnums.FromStored<SharingDirection>(Direction),
            StoredEnums.FromStored<UrgencyBand>(Urgency), StoredEnums.FromStored<HandlingCode>(HandlingCode), RequestedAt, RecordedBy, RecordedAt,
            AnsweredAt, RefusedAt, RefusedReason is null ? null : StoredEnums.FromStored<RefusalReason>(RefusedReason));
    }

    private sealed class StatisticsRow
    {
        public string? Channel { get; init; }
        public long Volume { get; init; }
        public long Sent { get; init; }
        public long Received { get; init; }
        public long Answered { get; init; }
        public long Refused { get; init; }
        public long Pending { get; init; }
        public double? MedianHoursToAnswer { get; init; }
        public double? P90HoursToAnswer { get; init; }
        public long AnsweredWithinDeadline { get; init; }

        public SharingStatistics ToStatistics(IEnumerable<RefusalRow> refusals) =>
            new(ChannelOf(Channel), Volume, Sent, Received, Answered, Refused, Pending, MedianHoursToAnswer, P90HoursToAnswer, AnsweredWithinDeadline)
            {
                Refusals = refusals.ToDictionary(r => StoredEnums.FromStored<RefusalReason>(r.Reason), r => r.Count),
            };
    }

    private sealed class RefusalRow
    {
        public string? Channel { get; init; }
        public string Reason { get; init; } = "";
        public long Count { get; init; }
    }
}
