using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Contracts.Messages.Projects;
using Cooperation.Training.Catalogue;
using Cooperation.Training.Events;
using Cooperation.Training.Needs;
using Cooperation.Training.Programme;
using Cooperation.Training.SignUp;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Completion;

/// <summary>Attendance, completion and certificate RPCs.</summary>
internal sealed class CompletionGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    IDbConnectionFactory connections,
    ActivityRepository activities,
    BookingRepository bookings,
    CompletionRepository completions,
    EventRepository events,
    ProgrammeItemRepository programme,
    TrainingNeedCoverage needCoverage,
    TimeProvider clock) : V1.CompletionService.CompletionServiceBase
{
    private const int MaxEntries = 1000;

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.RecordAttendanceResponse> RecordAttendance(V1.RecordAttendanceRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var eventId = validator.RequireId(request.EventId, "event_id");
        var sessionId = validator.RequireId(request.SessionId, "session_id");
        validator.Require(request.Entries.Count is > 0 and <= MaxEntries, "entries", $"must have between 1 and {MaxEntries} marks");
        var entries = new List<(Guid BookingId, AttendanceMark Mark)>();
        for (var i = 0; i < request.Entries.Count; i++)
        {
            var bookingId = validator.RequireId(request.Entries[i].BookingId, $"entries[{i}].booking_id");
            if (validator.RequireEnum<V1.AttendanceMark, AttendanceMark>(request.Entries[i].Mark, $"entries[{i}].mark") is { } mark)
            {
                entries.Add((bookingId, mark));
            }
        }

        validator.Require(entries.Select(e => e.BookingId).Distinct().Count() == entries.Count, "entries", "must not repeat a booking");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForUpdateAsync(unitOfWork, eventId);
        caller.EnsureCanManage(signUp.Event.HostAgencyId);
        var session = signUp.Event.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new NotFoundException("session", sessionId.ToString());
        var now = clock.GetUtcNow();
        foreach (var (bookingId, mark) in entries)
        {
            var booking = signUp.Live(bookingId, CompletionRules.AttendanceIsMarkedForBookedOfficials);
            EventCompletion.EnsureCanMark(signUp.Event, session, booking, now);
            await completions.MarkAsync(unitOfWork, bookingId, sessionId, mark, caller.Subject, now);
            unitOfWork.Audit(AuditAction.Update, CompletionAudit.Attendance, $"{bookingId}/{sessionId}", ["mark"]);
        }

        await HoldAsync(unitOfWork, signUp.Event, session, now);
        await unitOfWork.CommitAsync();
        return new V1.RecordAttendanceResponse { Recorded = entries.Count };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.CompleteEventResponse> CompleteEvent(V1.CompleteEventRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var eventId = validator.RequireId(request.EventId, "event_id");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForUpdateAsync(unitOfWork, eventId);
        context.GetCaller().EnsureCanManage(signUp.Event.HostAgencyId);
        var activity = await activities.GetAsync(unitOfWork, signUp.Event.ActivityId);
        var now = clock.GetUtcNow();
        var results = EventCompletion.Assess(signUp.Event, new CompletionRule(activity.CompletionPercent),
            signUp.Booked,
            await completions.MarksAsync(unitOfWork, eventId), await completions.IsAssessedAsync(unitOfWork, eventId), now);

        var details = await completions.OutcomeDetailsAsync(unitOfWork, eventId);
        var response = new V1.CompleteEventResponse();
        foreach (var result in results)
        {
            var (participant, scores) = details.TryGetValue(result.Booking.Id, out var found) ? found : (null, AssessmentScores.None);
            await completions.InsertCompletionAsync(unitOfWork, eventId, result, now);
            unitOfWork.Audit(AuditAction.Create, CompletionAudit.Completion, result.Booking.Id, ["completed", "attended"]);
            unitOfWork.Publish(new TrainingCompleted
            {
                BookingId = result.Booking.Id, TrainingEventId = eventId, ActivityId = activity.Id,
                OfficialId = result.Booking.OfficialId, AgencyId = result.Booking.AgencyId,
                Themes = activity.Themes.Select(StoredEnums.ToStored).ToList(), Completed = result.Completed,
                Participant = participant, PreScore = scores.Pre, PostScore = scores.Post,
            });
            var outcome = new V1.CompletionOutcome
            {
                BookingId = result.Booking.Id.ToString(), OfficialId = result.Booking.OfficialId.ToString(),
                AttendedSessions = (double)result.Attended, Completed = result.Completed,
            };
            if (scores.Pre is { } pre)
            {
                outcome.PreScore = (double)pre;
            }

            if (scores.Post is { } post)
            {
                outcome.PostScore = (double)post;
            }

            if (result.Completed)
            {
                var certificate = new IssuedCertificate(Guid.NewGuid(), result.Booking.Id, activity.Id, signUp.Event.HostAgencyId, CertificateCode.New(), now,
                    activity.CertificateExpiry(now));
                await completions.InsertCertificateAsync(unitOfWork, certificate);
                unitOfWork.Audit(AuditAction.Create, CompletionAudit.Certificate, certificate.Id, ["booking_id", "verification_code", "expires_at"]);
                unitOfWork.Publish(new CertificateIssued
                {
                    CertificateId = certificate.Id, BookingId = certificate.BookingId, ActivityId = activity.Id,
                    IssuingAgencyId = certificate.IssuingAgencyId,
                });
                outcome.VerificationCode = certificate.VerificationCode;
                outcome.CertificateId = certificate.Id.ToString();
            }

            response.Outcomes.Add(outcome);
        }

        await needCoverage.RefreshForEventAsync(unitOfWork, eventId);
        // An event with nobody booked is still assessed once: its audit record names the event.
        await completions.MarkAssessedAsync(unitOfWork, eventId, now);
        unitOfWork.Audit(AuditAction.Update, Events.EventsAudit.Event, eventId, ["completion"]);
        await DeliverAsync(unitOfWork, signUp.Event);
        await unitOfWork.CommitAsync();
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.RecordAssessmentResponse> RecordAssessment(V1.RecordAssessmentRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var bookingId = validator.RequireId(request.BookingId, "booking_id");
        validator.Require(request.HasPreScore || request.HasPostScore, "post_score", "pre_score or post_score is required");
        validator.Require(!request.HasPreScore || request.PreScore is >= 0 and <= 100, "pre_score", "must be between 0 and 100");
        validator.Require(!request.HasPostScore || request.PostScore is >= 0 and <= 100, "post_score", "must be between 0 and 100");
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForBookingAsync(unitOfWork, bookingId);
        caller.EnsureCanManage(signUp.Event.HostAgencyId);
        var booking = signUp.Live(bookingId, CompletionRules.AssessmentIsRecordedForBookedOfficials);
        var activity = await activities.GetAsync(unitOfWork, signUp.Event.ActivityId);
        AssessmentRecording.EnsureCanRecord(activity, booking, await completions.IsAssessedAsync(unitOfWork, signUp.Event.Id));
        var given = new AssessmentScores(request.HasPreScore ? (decimal)request.PreScore : null, request.HasPostScore ? (decimal)request.PostScore : null);
        var scores = await completions.RecordScoresAsync(unitOfWork, bookingId, given, caller.Subject, clock.GetUtcNow());
        unitOfWork.Audit(AuditAction.Update, CompletionAudit.Assessment, bookingId,
            [.. request.HasPreScore ? ["pre_score"] : Array.Empty<string>(), .. request.HasPostScore ? ["post_score"] : Array.Empty<string>()]);
        await unitOfWork.CommitAsync();
        var response = new V1.RecordAssessmentResponse { BookingId = bookingId.ToString() };
        if (scores.Pre is { } pre)
        {
            response.PreScore = (double)pre;
        }

        if (scores.Post is { } post)
        {
            response.PostScore = (double)post;
        }

        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.RevokeCertificateResponse> RevokeCertificate(V1.RevokeCertificateRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var certificateId = validator.RequireId(request.CertificateId, "certificate_id");
        validator.RequireText(request.Reason, "reason", 1000);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var certificate = await completions.GetCertificateForUpdateAsync(unitOfWork, certificateId);
        caller.EnsureCanManage(certificate.IssuingAgencyId);
        certificate.Revoke(caller.Subject, request.Reason.Trim(), clock.GetUtcNow());
        await completions.RevokeAsync(unitOfWork, certificate);
        unitOfWork.Publish(new CertificateRevoked
        {
            CertificateId = certificate.Id, ActivityId = certificate.ActivityId, IssuingAgencyId = certificate.IssuingAgencyId,
        });
        unitOfWork.Audit(AuditAction.Update, CompletionAudit.Certificate, certificate.Id, ["revoked_at", "revoked_by", "revocation_reason"]);
        await unitOfWork.CommitAsync();
        return new V1.RevokeCertificateResponse { CertificateId = certificate.Id.ToString(), RevokedAt = WireInstant.ToWire(certificate.RevokedAt) };
    }

    // Once every event delivering a programme item is completed (and a session was held), the item
    // is delivered and the working group hears it, once. The item's row is locked before its events
    // are counted, so two events completing at once see each other's completion one after the other.
    private async Task DeliverAsync(IUnitOfWork unitOfWork, TrainingEvent trainingEvent)
    {
        if (trainingEvent.ProgrammeItemId is not { } itemId)
        {
            return;
        }

        var item = await programme.GetForUpdateAsync(unitOfWork, itemId);
        if (!item.IsOpen || !ProgrammeItemDelivery.IsDelivered(await programme.ProgressAsync(unitOfWork, itemId)))
        {
            return;
        }

        item.Deliver(trainingEvent.Sessions[^1].DayAt(trainingEvent.VenueTimeZone));
        await programme.CompleteAsync(unitOfWork, item);
        unitOfWork.Publish(new ProjectCompleted
        {
            ProjectId = item.ProjectId, Workstream = Workstream.Training, CompletedOn = item.CompletedOn!.Value, Delivered = true,
        });
        unitOfWork.Audit(AuditAction.Update, ProgrammeAudit.ProgrammeItem, item.ProjectId, ProgrammeAudit.CompletedFields);
    }

    // The first attendance recorded holds the session; the first session held of a programme
    // item's events commences the item, and the working group hears of it.
    private async Task HoldAsync(IUnitOfWork unitOfWork, TrainingEvent trainingEvent, TrainingSession session, DateTimeOffset now)
    {
        if (!await events.MarkHeldAsync(unitOfWork, session.Id, now))
        {
            return;
        }

        unitOfWork.Publish(new TrainingSessionHeld
        {
            SessionId = session.Id, TrainingEventId = trainingEvent.Id, ActivityId = trainingEvent.ActivityId,
            HostAgencyId = trainingEvent.HostAgencyId, StartedAt = session.StartsAt,
        });
        unitOfWork.Audit(AuditAction.Update, CompletionAudit.Session, session.Id, ["held_at"]);
        if (trainingEvent.ProgrammeItemId is not { } itemId)
        {
            return;
        }

        var item = await programme.GetForUpdateAsync(unitOfWork, itemId);
        if (item.Commence(session.DayAt(trainingEvent.VenueTimeZone)))
        {
            await programme.CommenceAsync(unitOfWork, item);
            unitOfWork.Publish(new ProjectCommenced { ProjectId = item.ProjectId, Workstream = Workstream.Training, CommencedOn = item.CommencedOn!.Value });
            unitOfWork.Audit(AuditAction.Update, ProgrammeAudit.ProgrammeItem, item.ProjectId, ["commenced_on"]);
        }
    }

    /// <summary>Anyone holding a certificate's code may check it: no token, and the answer names no person.</summary>
    [AllowAnonymous]
    public override async Task<V1.VerifyCertificateResponse> VerifyCertificate(V1.VerifyCertificateRequest request, ServerCallContext context)
    {
        var code = CertificateCode.Normalise(request.VerificationCode ?? string.Empty);
        var validator = new Validator();
        validator.Require(CertificateCode.IsWellFormed(code), "verification_code", "must be the 20-character code printed on the certificate");
        validator.ThrowIfInvalid();

        await using var session = await ReadSession.OpenAsync(connections, context.CancellationToken);
        var found = await completions.VerifyAsync(session, code);
        if (found is null)
        {
            return new V1.VerifyCertificateResponse { Valid = false, Status = V1.CertificateStatus.UnknownCode };
        }

        var status = found.StatusAt(clock.GetUtcNow());
        return new V1.VerifyCertificateResponse
        {
            Valid = status == CertificateStatus.Valid, Status = WireEnums.ToWire<CertificateStatus, V1.CertificateStatus>(status),
            ActivityCode = found.ActivityCode, TitleEn = found.TitleEn, TitleBg = found.TitleBg,
            IssuingAgencyId = found.IssuingAgencyId.ToString(), IssuedAt = WireInstant.ToWire(found.IssuedAt),
            ExpiresAt = WireInstant.ToWire(found.ExpiresAt), RevokedAt = WireInstant.ToWire(found.RevokedAt),
        };
    }
}
