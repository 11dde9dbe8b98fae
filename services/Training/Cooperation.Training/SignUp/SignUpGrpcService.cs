using Cooperation.BuildingBlocks.Audit;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Messaging;
using Cooperation.BuildingBlocks.Security;
using Cooperation.Contracts.Messages.Training;
using Cooperation.Training.Catalogue;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.SignUp;

/// <summary>
/// Sign-up RPCs. Every write loads the event's sign-up with the event row locked, lets
/// <see cref="EventBookings"/> apply the rules, saves, announces new seats and audits.
/// </summary>
internal sealed class SignUpGrpcService(
    IUnitOfWorkFactory unitOfWorkFactory,
    BookingRepository bookings,
    ActivityRepository activities,
    TimeProvider clock) : V1.SignUpService.SignUpServiceBase
{
    private const int MaxCapacity = 1000;
    private const int MaxLanguages = 20;

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.NominateOfficialResponse> NominateOfficial(V1.NominateOfficialRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var eventId = validator.RequireId(request.EventId, "event_id");
        var officialId = validator.RequireId(request.OfficialId, "official_id");
        var agencyId = validator.RequireId(request.AgencyId, "agency_id");
        validator.Require(request.YearsOfExperience is >= 0 and <= EligibilityReader.MaxYearsOfExperience, "years_of_experience",
            $"must be between 0 and {EligibilityReader.MaxYearsOfExperience}");
        validator.Require(request.Languages.Count <= MaxLanguages, "languages", $"must have at most {MaxLanguages} languages");
        var languages = EligibilityReader.ReadLanguages(validator, request.Languages, "languages");
        validator.ThrowIfInvalid();
        // As in the working group: no agency nominates another's people, a co-chair included.
        var caller = context.GetCaller();
        caller.EnsureCanWriteFor(agencyId);
        // The official is of the participant their agency's coordinator acts for.
        var participant = caller.Participant
            ?? throw new PermissionDeniedException("OTHER_PARTICIPANT", "The caller acts for no participant; only a participant's agency nominates its officials.");

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForUpdateAsync(unitOfWork, eventId);
        var now = clock.GetUtcNow();
        if (await bookings.ClaimTraineeAsync(unitOfWork, officialId, agencyId, participant, now) != agencyId)
        {
            throw new PermissionDeniedException("OTHER_AGENCY_RECORD",
                $"Official {officialId} was nominated by another agency; an agency nominates its own officials only.");
        }

        var activity = await activities.GetAsync(unitOfWork, signUp.Event.ActivityId);
        activity.Eligibility.EnsureAdmits(new Nominee(officialId, agencyId, participant, request.YearsOfExperience, languages));
        SessionOverlap.EnsureFree(officialId, signUp.Event, await bookings.HeldSessionsAsync(unitOfWork, officialId, eventId));
        var newToProgramme = !await bookings.CompletedTrainingBeforeAsync(unitOfWork, officialId);
        var booking = signUp.Nominate(officialId, agencyId, caller.Subject, now, newToProgramme);
        await SaveAsync(unitOfWork, signUp);
        unitOfWork.Audit(AuditAction.Create, SignUpAudit.Booking, booking.Id, SignUpAudit.NominatedFields);
        await unitOfWork.CommitAsync();
        return new V1.NominateOfficialResponse { Booking = SignUpWire.ToWire(booking) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.DecideBookingResponse> DecideBooking(V1.DecideBookingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var bookingId = validator.RequireId(request.BookingId, "booking_id");
        validator.Require(request.Stage is 1 or 2, "stage", "must be 1 or 2");
        validator.RequireText(request.Reason, "reason", 1000);
        validator.ThrowIfInvalid();

        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForBookingAsync(unitOfWork, bookingId);
        var booking = signUp.Live(bookingId, SignUpRules.DecisionsFollowTheApprovalStages);
        caller.EnsureCanManage(signUp.AwaitedStage(booking).ApproverAgencyId);
        signUp.Decide(booking, request.Stage, request.Approve, caller.Subject, request.Reason.Trim(), clock.GetUtcNow());
        await SaveAsync(unitOfWork, signUp);
        unitOfWork.Audit(AuditAction.Update, SignUpAudit.Booking, booking.Id, ["status", "decisions", "wait_list_position"]);
        await unitOfWork.CommitAsync();
        return new V1.DecideBookingResponse { Booking = SignUpWire.ToWire(booking) };
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.WithdrawBookingResponse> WithdrawBooking(V1.WithdrawBookingRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var bookingId = validator.RequireId(request.BookingId, "booking_id");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForBookingAsync(unitOfWork, bookingId);
        var booking = signUp.Live(bookingId, SignUpRules.OnlyLiveBookingsAreWithdrawn);
        context.GetCaller().EnsureCanManage(booking.AgencyId);
        signUp.Withdraw(booking, clock.GetUtcNow());
        await SaveAsync(unitOfWork, signUp);
        unitOfWork.Audit(AuditAction.Update, SignUpAudit.Booking, booking.Id, ["status", "withdrawn_at", "late_withdrawal"]);
        var response = new V1.WithdrawBookingResponse { Booking = SignUpWire.ToWire(booking) };
        response.Promoted.AddRange(AuditPromoted(unitOfWork, signUp));
        await unitOfWork.CommitAsync();
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ChangeEventCapacityResponse> ChangeEventCapacity(V1.ChangeEventCapacityRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var eventId = validator.RequireId(request.EventId, "event_id");
        validator.Require(request.Capacity is > 0 and <= MaxCapacity, "capacity", $"must be between 1 and {MaxCapacity}");
        validator.ThrowIfInvalid();

        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var signUp = await bookings.LoadForUpdateAsync(unitOfWork, eventId);
        context.GetCaller().EnsureCanManage(signUp.Event.HostAgencyId);
        signUp.ChangeCapacity(request.Capacity, clock.GetUtcNow());
        await SaveAsync(unitOfWork, signUp);
        unitOfWork.Audit(AuditAction.Update, SignUpAudit.Event, eventId, ["capacity"]);
        var response = new V1.ChangeEventCapacityResponse { Capacity = signUp.Seats.Capacity };
        response.Promoted.AddRange(AuditPromoted(unitOfWork, signUp));
        await unitOfWork.CommitAsync();
        return response;
    }

    [Authorize(Policy = CooperationPolicies.ManageTraining)]
    public override async Task<V1.ListBookingsResponse> ListBookings(V1.ListBookingsRequest request, ServerCallContext context)
    {
        var validator = new Validator();
        var eventId = validator.RequireId(request.EventId, "event_id");
        var page = PageRequest.Parse(request.PageSize, request.PageToken, validator);
        validator.ThrowIfInvalid();

        // Official ids are personal data (¶7): the read happens in a unit of work that audits it.
        var caller = context.GetCaller();
        await using var unitOfWork = await unitOfWorkFactory.BeginAsync(context);
        var listed = await bookings.ListedEventAsync(unitOfWork, eventId);
        // The host (or a co-chair) sees every booking; a nominating agency sees its own officials'.
        var seesAll = caller.IsInRole(CooperationRoles.CoChair) || caller.AgencyId == listed.HostAgencyId;
        var found = await bookings.ListAsync(unitOfWork, listed, eventId, seesAll ? null : caller.AgencyId ?? Guid.Empty, page);
        unitOfWork.Audit(AuditAction.Read, SignUpAudit.Event, eventId, ["bookings"], justification: SignUpAudit.ListJustification);
        await unitOfWork.CommitAsync();
        var response = new V1.ListBookingsResponse { NextPageToken = page.NextPageToken(found.Count) };
        response.Bookings.AddRange(found.Select(SignUpWire.ToWire));
        return response;
    }

    private async Task SaveAsync(IUnitOfWork unitOfWork, EventBookings signUp)
    {
        await bookings.SaveAsync(unitOfWork, signUp);
        foreach (var booked in signUp.NewlyBooked)
        {
            unitOfWork.Publish(new BookingApproved
            {
                BookingId = booked.Id,
                TrainingEventId = booked.EventId,
                ActivityId = signUp.Event.ActivityId,
                OfficialId = booked.OfficialId,
                AgencyId = booked.AgencyId,
                FromWaitList = booked.WaitListPosition is not null,
            });
        }
    }

    private static IEnumerable<V1.Booking> AuditPromoted(IUnitOfWork unitOfWork, EventBookings signUp)
    {
        var promoted = signUp.NewlyBooked.Where(b => b.WaitListPosition is not null).ToList();
        foreach (var booking in promoted)
        {
            unitOfWork.Audit(AuditAction.Update, SignUpAudit.Booking, booking.Id, SignUpAudit.PromotedFields);
        }

        return promoted.Select(SignUpWire.ToWire);
    }
}
