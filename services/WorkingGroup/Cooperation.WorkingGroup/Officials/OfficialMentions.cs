using System.Text;
using Cooperation.BuildingBlocks.Data;

namespace Cooperation.WorkingGroup.Officials;

/// <summary>
/// Where the service keeps an official's name or work contacts as free text, written by people:
/// minutes, agenda items, action items, decisions, debriefs and their corrective actions and notes,
/// reviews and the review evidence packs kept for them, projects, cooperation areas and success criteria. An official is mentioned where their
/// recorded full name, work e-mail or work phone appears (case-insensitively, as written when
/// recorded). A data-subject export lists those passages; an erasure replaces each mention with
/// <see cref="Redaction"/> in the unit of work that anonymises the official, and counts the passages
/// per table, never copying what was removed.
/// </summary>
internal static class OfficialMentions
{
    public const string Redaction = "[erased]";

    /// <summary>Every free-text column: table, key expression, column, whether it is a text array.</summary>
    private static readonly FreeTextColumn[] Columns =
    [
        new("meetings", "id::text", "minutes"),
        new("agenda_items", "meeting_id::text || '#' || position", "title"),
        new("action_items", "id::text", "description"),
        new("decisions", "id::text", "text"),
        new("debriefs", "id::text", "strengths", IsArray: true),
        new("debriefs", "id::text", "areas_for_improvement", IsArray: true),
        new("debriefs", "id::text", "multi_agency_lessons", IsArray: true),
        new("corrective_actions", "id::text", "description"),
        new("best_practice_notes", "debrief_id::text", "title"),
        new("best_practice_notes", "debrief_id::text", "body"),
        new("statement_reviews", "id::text", "summary"),
        new("project_proposals", "id::text", "title"),
        new("project_proposals", "id::text", "summary"),
        new("cooperation_areas", "id::text", "title"),
        new("cooperation_areas", "id::text", "description"),
        new("success_criteria", "id::text", "title"),
        new("success_criteria", "id::text", "description"),
        new("review_evidence_packs", "content_hash", "document"),
        new("review_evidence_packs", "content_hash", "pack"),
    ];

    // Every passage mentioning the official, one row per text (an array's elements one by one).
    private static readonly string FindSql = string.Join("\nUNION ALL\n", Columns.Select(c => c.IsArray
        ? $"SELECT '{c.Table}' AS {nameof(MentionRow.TableName)}, '{c.Column}' AS {nameof(MentionRow.ColumnName)}, {c.Key} AS {nameof(MentionRow.RecordId)}, passage AS {nameof(MentionRow.Text)} FROM {c.Table}, unnest({c.Column}) AS passage WHERE passage ~* @Pattern"
        : $"SELECT '{c.Table}' AS {nameof(MentionRow.TableName)}, '{c.Column}' AS {nameof(MentionRow.ColumnName)}, {c.Key} AS {nameof(MentionRow.RecordId)}, {c.Column} AS {nameof(MentionRow.Text)} FROM {c.Table} WHERE {c.Column} ~* @Pattern"))
        + "\nORDER BY 1, 2, 3";

    // One statement: a data-modifying CTE per table (a row is updated once, all its columns at
    // once), answering the number of rows changed in each.
    private static readonly string RedactSql = BuildRedactSql();

    /// <summary>The passages that mention <paramref name="official"/>; none once erased.</summary>
    public static async Task<IReadOnlyList<OfficialMention>> FindAsync(IDbSession session, Official official)
    {
        if (PatternOf(official) is not { } pattern)
        {
            return [];
        }

        return (await session.QueryAsync<MentionRow>(FindSql, new { Pattern = pattern }))
            .Select(r => new OfficialMention(r.TableName, r.ColumnName, r.RecordId, r.Text)).ToList();
    }

    /// <summary>Replaces every mention of <paramref name="official"/> (as held before erasure); the passages changed, per table that had any.</summary>
    public static async Task<IReadOnlyDictionary<string, int>> RedactAsync(IDbSession session, Official official)
    {
        if (PatternOf(official) is not { } pattern)
        {
            return new Dictionary<string, int>();
        }

        var counts = await session.QuerySingleAsync<dynamic>(RedactSql, new { Pattern = pattern, Redaction });
        return ((IDictionary<string, object>)counts)
            .Select(kv => (Table: kv.Key, Count: Convert.ToInt32(kv.Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(t => t.Count > 0)
            .ToDictionary(t => t.Table, t => t.Count);
    }

    /// <summary>The audit fields of a redaction: the tables whose free text changed, never the text.</summary>
    public static IReadOnlyList<string> AuditFields(IReadOnlyDictionary<string, int> counts) =>
        counts.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The redaction record's justification: the erasure's own, then the count of passages per table
    /// ("passages redacted: meetings 2, action_items 1"). Counts, not text: nothing erased is copied.
    /// </summary>
    public static string AuditJustification(IReadOnlyDictionary<string, int> counts, string justification)
    {
        var tally = "passages redacted: " + string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
        var text = $"{justification} ({tally})";
        return text.Length <= Cooperation.BuildingBlocks.Audit.AuditEntry.MaxJustificationLength ? text : tally;
    }

    /// <summary>
    /// A case-insensitive regular expression (PostgreSQL's) matching any of the official's recorded
    /// identifiers literally; null when nothing identifying is held (an erased official).
    /// </summary>
    internal static string? PatternOf(Official official)
    {
        if (official.IsErased)
        {
            return null;
        }

        var terms = new[] { official.FullName, official.WorkEmail, official.WorkPhone }
            .Where(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length >= 3)
            .Select(t => Literal(t!.Trim()))
            .ToList();
        return terms.Count == 0 ? null : string.Join("|", terms);
    }

    /// <summary>Escapes every character that is not a letter, digit or space, so the term matches as written.</summary>
    private static string Literal(string term)
    {
        var escaped = new StringBuilder(term.Length * 2);
        foreach (var c in term)
        {
            if (!char.IsLetterOrDigit(c) && c != ' ')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string BuildRedactSql()
    {
        var tables = Columns.GroupBy(c => c.Table).ToList();
        var ctes = tables.Select(t =>
        {
            var sets = string.Join(", ", t.Select(c => c.IsArray
                ? $"{c.Column} = ARRAY(SELECT regexp_replace(p, @Pattern, @Redaction, 'gi') FROM unnest({c.Column}) WITH ORDINALITY AS u(p, n) ORDER BY n)"
                : $"{c.Column} = regexp_replace({c.Column}, @Pattern, @Redaction, 'gi')"));
            var where = string.Join(" OR ", t.Select(c => c.IsArray
                ? $"array_to_string({c.Column}, E'\\n') ~* @Pattern"
                : $"{c.Column} ~* @Pattern"));
            return $"redacted_{t.Key} AS (UPDATE {t.Key} SET {sets} WHERE {where} RETURNING 1)";
        });
        var counts = string.Join(", ", tables.Select(t => $"(SELECT count(*) FROM redacted_{t.Key}) AS {t.Key}"));
        return $"WITH {string.Join(",\n", ctes)}\nSELECT {counts}";
    }

    private sealed record FreeTextColumn(string Table, string Key, string Column, bool IsArray = false);

    private sealed class MentionRow
    {
        public string TableName { get; init; } = "";
        public string ColumnName { get; init; } = "";
        public string RecordId { get; init; } = "";
        public string Text { get; init; } = "";
    }
}

/// <summary>A passage of free text that mentions an official: where it is and what it says.</summary>
internal sealed record OfficialMention(string Table, string Column, string RecordId, string Text);
