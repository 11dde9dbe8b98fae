using Cooperation.BuildingBlocks.Wire;
using Google.Protobuf;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.ReviewEvidence;

/// <summary>The pack on the wire; the stored pack keeps this form beside its document.</summary>
internal static class ReviewEvidenceWire
{
    public static V1.ReviewEvidencePack ToWire(ReviewEvidence e, string contentHash, DateTimeOffset assembledAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        var pack = new V1.ReviewEvidencePack
        {
            ContentHash = contentHash,
            PeriodStart = WireDate.ToWire(e.Period.Start),
            PeriodEnd = WireDate.ToWire(e.Period.End),
            AssembledAt = WireInstant.ToWire(assembledAt),
            Establishment = new V1.EstablishmentEvidence
            {
                Paragraph = "¶5",
                Established = e.Establishment.EstablishedOn is not null,
                EstablishedOn = WireDate.ToWire(e.Establishment.EstablishedOn),
                DueBy = WireDate.ToWire(e.Establishment.DueBy),
                OnTime = e.Establishment.OnTime,
                DaysLate = e.Establishment.DaysLate,
            },
            Cadence = new V1.CadenceEvidence { Paragraph = "¶6", MeetingsCancelled = e.MeetingsCancelled },
            AgencyCoverage = new V1.AgencyCoverageEvidence { Paragraph = "¶6", AllAgenciesCovered = e.AllAgenciesCovered },
            Decisions = new V1.DecisionsEvidence
            {
                Paragraph = "¶5",
                ActionItemsRaised = e.ActionItems.Raised,
                ActionItemsDone = e.ActionItems.Done,
                ActionItemsDoneOnTime = e.ActionItems.DoneOnTime,
                ActionItemsOpen = e.ActionItems.Open,
                ActionItemsOverdue = e.ActionItems.Overdue,
            },
            Projects = new V1.ProjectsEvidence { Paragraph = "¶5" },
            Debriefs = new V1.DebriefsEvidence { Paragraph = "¶4d" },
            SuccessMeasures = new V1.SuccessMeasuresEvidence { Paragraph = "¶5", MetricsAvailable = e.MetricsAvailable },
            PriorReviews = new V1.PriorReviewsEvidence
            {
                Paragraph = "¶8",
                LastReviewedOn = WireDate.ToWire(e.PriorReviews.LastReviewedOn),
                LastOutcome = e.PriorReviews.LastOutcome ?? "",
                ReviewsRecorded = e.PriorReviews.ReviewsRecorded,
            },
        };
        pack.Cadence.Quarters.AddRange(e.Quarters.Select(q => new V1.QuarterEvidence
        {
            Year = q.Quarter.Year, Quarter = q.Quarter.Quarter, MeetingsHeld = q.MeetingsHeld, State = q.State.ToString().ToLowerInvariant(),
        }));
        pack.Cadence.Meetings.AddRange(e.Meetings.Select(m => new V1.HeldMeetingEvidence
        {
            MeetingId = m.MeetingId.ToString(), HeldOn = WireDate.ToWire(m.HeldOn), Attendees = m.Attendees, Agencies = m.Agencies,
        }));
        pack.AgencyCoverage.Participants.AddRange(e.Coverage.Select(c => new V1.ParticipantCoverageEvidence
        {
            Participant = c.Participant.ToString(), Registered = c.Registered, Covered = c.Covered,
        }));
        pack.Decisions.Decisions.AddRange(e.Decisions.Select(d => new V1.DecisionEvidence
        {
            DecisionId = d.DecisionId.ToString(), HeldOn = WireDate.ToWire(d.HeldOn), Text = d.Text, Binding = d.Binding,
            State = d.InForce ? "in_force" : "pending_confirmation",
        }));
        pack.Projects.Projects.AddRange(e.Projects.Select(p => new V1.ProjectEvidence
        {
            ProjectId = p.ProjectId.ToString(), Title = p.Title, Workstream = p.Workstream, Status = p.Status, Paragraph = p.Paragraph,
        }));
        pack.Debriefs.Debriefs.AddRange(e.Debriefs.Select(d => new V1.DebriefEvidence
        {
            DebriefId = d.DebriefId.ToString(), OperationReference = d.OperationReference, OperationDate = WireDate.ToWire(d.OperationDate),
            Agencies = d.Agencies, Lessons = d.Lessons, NotePublished = d.NotePublished,
        }));
        pack.Debriefs.OpenCorrectiveActions.AddRange(e.OpenCorrectiveActions.Select(c => new V1.CorrectiveActionEvidence
        {
            CorrectiveActionId = c.CorrectiveActionId.ToString(), OperationReference = c.OperationReference, Description = c.Description,
            OwnerAgencyId = c.OwnerAgencyId.ToString(), DueOn = WireDate.ToWire(c.DueOn), Overdue = c.Overdue,
        }));
        pack.SuccessMeasures.Measures.AddRange(e.Measures.Select(m => new V1.MeasureEvidence
        {
            MeasureId = m.MeasureId.ToString(), Criterion = m.Criterion, Name = m.Name, Unit = m.Unit,
            Baseline = (double)m.Baseline, Target = (double)m.Target, Direction = m.Direction,
            ValueState = WireEnums.ToWire<MeasureValueState, V1.MeasureValueState>(m.Value.State),
            LatestValue = m.Value.Value,
            ValueYear = m.Value.Quarter?.Year ?? 0,
            ValueQuarter = m.Value.Quarter?.Quarter ?? 0,
        }));
        return pack;
    }

    // Kept as protobuf JSON, text like the document, so an erasure can redact an official's name in both.
    public static V1.ReviewEvidencePack FromStored(StoredPack stored) => JsonParser.Default.Parse<V1.ReviewEvidencePack>(stored.Pack);

    public static string ToStored(V1.ReviewEvidencePack pack) => JsonFormatter.Default.Format(pack);
}
