using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;

namespace Cooperation.Training.Catalogue;

/// <summary>Stores the catalogue's activities; their short lists are arrays on the row.</summary>
public sealed class ActivityRepository
{
    private const string Columns = $"""
        id AS {nameof(ActivityRow.Id)}, code AS {nameof(ActivityRow.Code)}, kind AS {nameof(ActivityRow.Kind)},
        title_en AS {nameof(ActivityRow.TitleEn)}, title_bg AS {nameof(ActivityRow.TitleBg)},
        description_en AS {nameof(ActivityRow.DescriptionEn)}, description_bg AS {nameof(ActivityRow.DescriptionBg)},
        themes AS {nameof(ActivityRow.Themes)}, competencies AS {nameof(ActivityRow.Competencies)},
        target_group AS {nameof(ActivityRow.TargetGroup)}, languages AS {nameof(ActivityRow.Languages)},
        owner_agency_id AS {nameof(ActivityRow.OwnerAgencyId)}, status AS {nameof(ActivityRow.Status)},
        created_at AS {nameof(ActivityRow.CreatedAt)}, published_at AS {nameof(ActivityRow.PublishedAt)},
        closed_at AS {nameof(ActivityRow.ClosedAt)}, completion_percent AS {nameof(ActivityRow.CompletionPercent)},
        minimum_years_of_experience AS {nameof(ActivityRow.MinimumYearsOfExperience)}, required_languages AS {nameof(ActivityRow.RequiredLanguages)},
        admitted_participants AS {nameof(ActivityRow.AdmittedParticipants)}, admitted_agency_ids AS {nameof(ActivityRow.AdmittedAgencyIds)},
        new_to_programme_preferred AS {nameof(ActivityRow.NewToProgrammePreferred)}, has_assessment AS {nameof(ActivityRow.HasAssessment)},
        certificate_validity_months AS {nameof(ActivityRow.CertificateValidityMonths)}
        """;

    private const string InsertSql = """
        INSERT INTO activities (id, code, kind, title_en, title_bg, description_en, description_bg, themes, competencies,
                                target_group, languages, owner_agency_id, status, created_at, completion_percent,
                                minimum_years_of_experience, required_languages, admitted_participants, admitted_agency_ids,
                                new_to_programme_preferred, has_assessment, certificate_validity_months)
        VALUES (@Id, @Code, @Kind, @TitleEn, @TitleBg, @DescriptionEn, @DescriptionBg, @Themes, @Competencies,
                @TargetGroup, @Languages, @OwnerAgencyId, @Status, @CreatedAt, @CompletionPercent,
                @MinimumYearsOfExperience, @RequiredLanguages, @AdmittedParticipants, @AdmittedAgencyIds,
                @NewToProgrammePreferred, @HasAssessment, @CertificateValidityMonths)
        ON CONFLICT (lower(code)) DO NOTHING
        """;

    private const string UpdateStatusSql = """
        UPDATE activities SET status = @Status, published_at = @PublishedAt, closed_at = @ClosedAt WHERE id = @Id
        """;

    private const string SelectSql = $"SELECT {Columns} FROM activities WHERE id = @Id";

    // FOR UPDATE: a status change holds the row, so two concurrent changes apply one after the other.
    private const string SelectForUpdateSql = $"SELECT {Columns} FROM activities WHERE id = @Id FOR UPDATE";

    private const string ListSql = $"""
        SELECT {Columns} FROM activities
        WHERE (@Status::text IS NULL OR status = @Status) AND (@Kind::text IS NULL OR kind = @Kind)
          AND (@Theme::text IS NULL OR @Theme = ANY(themes))
        ORDER BY created_at, id
        LIMIT @Limit OFFSET @Offset
        """;

    /// <summary>Adds <paramref name="activity"/>; AlreadyExists when its code is taken.</summary>
    public async Task InsertAsync(IDbSession session, Activity activity)
    {
        var inserted = await session.ExecuteAsync(InsertSql, new
        {
            activity.Id, activity.Code, Kind = StoredEnums.ToStored(activity.Kind),
            TitleEn = activity.Title.En, TitleBg = activity.Title.Bg,
            DescriptionEn = activity.Description.En, DescriptionBg = activity.Description.Bg,
            Themes = activity.Themes.Select(StoredEnums.ToStored).ToArray(),
            Competencies = activity.Competencies.ToArray(), activity.TargetGroup,
            Languages = activity.Languages.ToArray(), activity.OwnerAgencyId,
            Status = StoredEnums.ToStored(activity.Status), activity.CreatedAt, activity.CompletionPercent,
            activity.Eligibility.MinimumYearsOfExperience,
            RequiredLanguages = activity.Eligibility.Languages.Select(l => l.ToStored()).ToArray(),
            AdmittedParticipants = activity.Eligibility.AdmittedParticipants.Select(p => p.ToString()).ToArray(),
            AdmittedAgencyIds = activity.Eligibility.AdmittedAgencyIds.ToArray(),
            activity.Eligibility.NewToProgrammePreferred, activity.HasAssessment, activity.CertificateValidityMonths,
        });
        if (inserted == 0)
        {
            throw new ConflictException("activity", activity.Code, $"An activity with code '{activity.Code}' is already in the catalogue.");
        }
    }

    public Task UpdateStatusAsync(IDbSession session, Activity activity) =>
        session.ExecuteAsync(UpdateStatusSql, new
        {
            activity.Id, Status = StoredEnums.ToStored(activity.Status), activity.PublishedAt, activity.ClosedAt,
        });

    public async Task<Activity> GetAsync(IDbSession session, Guid id) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<ActivityRow>(SelectSql, new { Id = id })
            ?? throw new NotFoundException("activity", id.ToString()));

    /// <summary>The activity, its row held until the unit of work ends.</summary>
    public async Task<Activity> GetForUpdateAsync(IDbSession session, Guid id) =>
        ToDomain(await session.QuerySingleOrDefaultAsync<ActivityRow>(SelectForUpdateSql, new { Id = id })
            ?? throw new NotFoundException("activity", id.ToString()));

    public async Task<IReadOnlyList<Activity>> ListAsync(
        IDbSession session, ActivityStatus? status, ActivityKind? kind, CooperationAreaTag? theme, PageRequest page)
    {
        var rows = await session.QueryAsync<ActivityRow>(ListSql, new
        {
            Status = status is { } s ? StoredEnums.ToStored(s) : null,
            Kind = kind is { } k ? StoredEnums.ToStored(k) : null,
            Theme = theme is { } t ? StoredEnums.ToStored(t) : null,
            Limit = page.Size,
            page.Offset,
        });
        return rows.Select(ToDomain).ToList();
    }

    private static Activity ToDomain(ActivityRow row) => new(
        row.Id, row.Code, StoredEnums.FromStored<ActivityKind>(row.Kind),
        new BilingualText(row.TitleEn, row.TitleBg), new BilingualText(row.DescriptionEn, row.DescriptionBg),
        row.Themes.Select(StoredEnums.FromStored<CooperationAreaTag>).ToList(), row.Competencies, row.TargetGroup,
        row.Languages, row.OwnerAgencyId, StoredEnums.FromStored<ActivityStatus>(row.Status), row.CreatedAt,
        row.CompletionPercent, row.PublishedAt, row.ClosedAt,
        new ActivityEligibility(row.MinimumYearsOfExperience, row.RequiredLanguages.Select(LanguageProficiency.FromStored).ToList(),
            row.AdmittedParticipants.Select(Enum.Parse<Participant>).ToList(), row.AdmittedAgencyIds, row.NewToProgrammePreferred),
        row.HasAssessment, row.CertificateValidityMonths);

    private sealed class ActivityRow
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string Kind { get; init; } = "";
        public string TitleEn { get; init; } = "";
        public string TitleBg { get; init; } = "";
        public string DescriptionEn { get; init; } = "";
        public string DescriptionBg { get; init; } = "";
        public string[] Themes { get; init; } = [];
        public string[] Competencies { get; init; } = [];
        public string TargetGroup { get; init; } = "";
        public string[] Languages { get; init; } = [];
        public Guid OwnerAgencyId { get; init; }
        public string Status { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset? ClosedAt { get; init; }
        public int CompletionPercent { get; init; }
        public int MinimumYearsOfExperience { get; init; }
        public string[] RequiredLanguages { get; init; } = [];
        public string[] AdmittedParticipants { get; init; } = [];
        public Guid[] AdmittedAgencyIds { get; init; } = [];
        public bool NewToProgrammePreferred { get; init; }
        public bool HasAssessment { get; init; }
        public int CertificateValidityMonths { get; init; }
    }
}
