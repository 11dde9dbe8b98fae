using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Establishment;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>
/// The pack as a Markdown document, one section per paragraph of the statement. The document is
/// the evidence: its SHA-256 is the pack's content hash, so anyone holding the downloaded file can
/// check it is the one a review recorded (<c>sha256sum</c>). It holds only what the evidence says
/// (no time of assembly), so the same evidence always gives the same document and hash.
/// </summary>
internal static class ReviewEvidenceDocument
{
    public static string Render(ReviewEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var md = new StringBuilder();
        Line(md, $"# Review evidence: {Day(evidence.Period.Start)} to {Day(evidence.Period.End)}");
        Line(md);
        Line(md, $"Joint statement between Bulgaria and the UK, signed on {Day(JointStatement.SignedOn)} (¶8: \"subject to regular review\").");
        Line(md);
        Establishment(md, evidence.Establishment);
        Cadence(md, evidence);
        Coverage(md, evidence);
        Decisions(md, evidence);
        Projects(md, evidence.Projects);
        Debriefs(md, evidence);
        Measures(md, evidence);
        Reviews(md, evidence.PriorReviews);
        return md.ToString();
    }

    /// <summary>SHA-256 of the document's UTF-8 bytes, lower-case hex.</summary>
    public static string ContentHash(string document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static void Establishment(StringBuilder md, EstablishmentFacts facts)
    {
        Line(md, "## ¶5 Establishment");
        Line(md);
        Line(md, facts.EstablishedOn is { } on
            ? $"- Established on {Day(on)}; due by {Day(facts.DueBy)}; {(facts.OnTime ? "on time" : $"{facts.DaysLate} days late")}."
            : $"- Not established; due by {Day(facts.DueBy)}, {facts.DaysLate} days overdue.");
        Line(md);
    }

    private static void Cadence(StringBuilder md, ReviewEvidence evidence)
    {
        Line(md, "## ¶6 Meetings and cadence (at least quarterly)");
        Line(md);
        if (evidence.Quarters.Count == 0)
        {
            Line(md, "- No quarter of the period falls after establishment.");
        }

        foreach (var q in evidence.Quarters)
        {
            Line(md, $"- {q.Quarter.Year}-Q{q.Quarter.Quarter}: {State(q.State)}, {q.MeetingsHeld} meeting(s) held.");
        }

        Line(md, $"- Meetings held in the period: {evidence.Meetings.Count}; cancelled: {evidence.MeetingsCancelled}.");
        foreach (var m in evidence.Meetings)
        {
            Line(md, $"  - {Day(m.HeldOn)}: {m.Attendees} official(s) of {m.Agencies} agency(ies) attending (meeting {m.MeetingId}).");
        }

        Line(md);
    }

    private static void Coverage(StringBuilder md, ReviewEvidence evidence)
    {
        Line(md, "## ¶6 Agency coverage (as the pack was assembled)");
        Line(md);
        foreach (var c in evidence.Coverage)
        {
            Line(md, $"- {c.Participant}: {c.Covered} of {c.Registered} registered agencies have a current member.");
        }

        Line(md, $"- All relevant agencies covered: {YesNo(evidence.AllAgenciesCovered)}.");
        Line(md);
    }

    private static void Decisions(StringBuilder md, ReviewEvidence evidence)
    {
        Line(md, "## ¶5 Decisions and action items");
        Line(md);
        Line(md, $"- Decisions recorded at meetings held in the period: {evidence.Decisions.Count}.");
        foreach (var d in evidence.Decisions)
        {
            var kind = d.Binding ? (d.InForce ? "binding, in force" : "binding, awaiting confirmation") : "in force";
            Line(md, $"  - {Day(d.HeldOn)} ({kind}): {OneLine(d.Text)}");
        }

        var a = evidence.ActionItems;
        Line(md, $"- Action items raised in the period: {a.Raised}; done: {a.Done} ({a.DoneOnTime} on time).");
        Line(md, $"- Action items open: {a.Open}; past due at the period's end: {a.Overdue}.");
        Line(md);
    }

    private static void Projects(StringBuilder md, IReadOnlyList<ProjectFact> projects)
    {
        Line(md, "## ¶5 Projects (¶4b training, ¶4c capacity building)");
        Line(md);
        if (projects.Count == 0)
        {
            Line(md, "- No project proposed.");
        }

        foreach (var p in projects)
        {
            Line(md, $"- {p.Paragraph} {OneLine(p.Title)}: {p.Status} ({p.Workstream.Replace('_', ' ')}).");
        }

        Line(md);
    }

    private static void Debriefs(StringBuilder md, ReviewEvidence evidence)
    {
        Line(md, "## ¶4d Operational debriefs");
        Line(md);
        Line(md, $"- Debriefs of operations in the period: {evidence.Debriefs.Count}.");
        foreach (var d in evidence.Debriefs)
        {
            Line(md, $"  - {d.OperationReference} ({Day(d.OperationDate)}): {d.Agencies} agencies, {d.Lessons} lesson(s) for multi-agency working"
                + (d.NotePublished ? ", best-practice note published." : "."));
        }

        Line(md, $"- Corrective actions open: {evidence.OpenCorrectiveActions.Count}.");
        foreach (var c in evidence.OpenCorrectiveActions)
        {
            Line(md, $"  - {c.OperationReference}, due {Day(c.DueOn)}{(c.Overdue ? " (overdue)" : "")}: {OneLine(c.Description)}");
        }

        Line(md);
    }

    private static void Measures(StringBuilder md, ReviewEvidence evidence)
    {
        Line(md, "## ¶5 Success criteria and measures");
        Line(md);
        if (!evidence.MetricsAvailable)
        {
            Line(md, "- **Metrics unavailable**: the metrics service could not be reached; the values marked so are missing.");
        }

        if (evidence.Measures.Count == 0)
        {
            Line(md, "- No success measure defined.");
        }

        foreach (var m in evidence.Measures)
        {
            var value = m.Value.State switch
            {
                MeasureValueState.Observed => $"latest {Number(m.Value.Value)} ({m.Value.Quarter!.Value.Year}-Q{m.Value.Quarter.Value.Quarter})",
                MeasureValueState.NotObserved => "no value observed",
                _ => "metrics unavailable",
            };
            Line(md, $"- {OneLine(m.Criterion)} / {OneLine(m.Name)}: {value}; baseline {Number(m.Baseline)}, target {Number(m.Target)} {m.Unit} ({m.Direction}).");
        }

        Line(md);
    }

    private static void Reviews(StringBuilder md, PriorReviewFacts prior)
    {
        Line(md, "## ¶8 Reviews");
        Line(md);
        Line(md, prior.LastReviewedOn is { } last
            ? $"- Reviews recorded up to the period's end: {prior.ReviewsRecorded}; the latest on {Day(last)} ({prior.LastOutcome})."
            : "- No review recorded before this one.");
    }

    private static string State(QuarterState state) => state switch
    {
        QuarterState.Met => "met",
        QuarterState.Breached => "breached",
        _ => "due",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";

    // Text recorded by people may hold line breaks; one fact stays one list line.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    // "\n" always, whatever the platform, so the hash does not depend on where the pack was made.
    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
