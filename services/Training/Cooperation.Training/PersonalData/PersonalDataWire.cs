using Cooperation.BuildingBlocks.Data;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.Training.Cascades;
using Cooperation.Training.Completion;
using Cooperation.Training.Exchanges;
using Cooperation.Training.SignUp;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.PersonalData;

/// <summary>An official's training data to the export's wire form.</summary>
internal static class PersonalDataWire
{
    public static V1.ExportOfficialDataResponse ToWire(
        OfficialTrainingData data, IEnumerable<Exchange> exchanges, IEnumerable<CascadeCommitment> commitments, DateTimeOffset exportedAt)
    {
        var wire = new V1.ExportOfficialDataResponse
        {
            Trainee = data.Trainee is { } trainee
                ? new V1.TraineeRecord
                {
                    AgencyId = trainee.AgencyId.ToString(), FirstNominatedAt = WireInstant.ToWire(trainee.FirstNominatedAt),
                    Participant = trainee.Participant ?? "",
                }
                : null,
            ExportedAt = WireInstant.ToWire(exportedAt),
        };
        wire.Bookings.AddRange(data.Bookings.Select(b => new V1.ExportedBooking
        {
            Id = b.Id.ToString(), EventId = b.EventId.ToString(), AgencyId = b.AgencyId.ToString(),
            Status = WireEnums.ToWire<BookingStatus, V1.BookingStatus>(StoredEnums.FromStored<BookingStatus>(b.Status)),
            NominatedAt = WireInstant.ToWire(b.NominatedAt), BookedAt = WireInstant.ToWire(b.BookedAt),
            WithdrawnAt = WireInstant.ToWire(b.WithdrawnAt), LateWithdrawal = b.LateWithdrawal,
        }));
        wire.Attendance.AddRange(data.Attendance.Select(a => new V1.ExportedAttendance
        {
            BookingId = a.BookingId.ToString(), SessionId = a.SessionId.ToString(),
            Mark = WireEnums.ToWire<AttendanceMark, V1.AttendanceMark>(StoredEnums.FromStored<AttendanceMark>(a.Mark)),
            MarkedAt = WireInstant.ToWire(a.MarkedAt),
        }));
        wire.Completions.AddRange(data.Completions.Select(ToWire));
        wire.Certificates.AddRange(data.Certificates.Select(c => new V1.ExportedCertificate
        {
            Id = c.Id.ToString(), BookingId = c.BookingId.ToString(), ActivityId = c.ActivityId.ToString(),
            VerificationCode = c.VerificationCode, IssuedAt = WireInstant.ToWire(c.IssuedAt),
            ExpiresAt = WireInstant.ToWire(c.ExpiresAt), RevokedAt = WireInstant.ToWire(c.RevokedAt),
            RevocationReason = c.RevocationReason ?? "",
        }));
        wire.Exchanges.AddRange(exchanges.Select(ExchangesWire.ToWire));
        wire.CascadeCommitments.AddRange(commitments.Select(CascadesWire.ToWire));
        wire.TrainerOfEventIds.AddRange(data.TrainerOfEventIds.Select(id => id.ToString()));
        return wire;
    }

    private static V1.ExportedCompletion ToWire(CompletionRow completion)
    {
        var wire = new V1.ExportedCompletion
        {
            BookingId = completion.BookingId.ToString(), EventId = completion.EventId.ToString(), Completed = completion.Completed,
            AttendedSessions = (double)completion.Attended, AssessedAt = WireInstant.ToWire(completion.AssessedAt),
        };
        if (completion.PreScore is { } pre)
        {
            wire.PreScore = (double)pre;
        }

        if (completion.PostScore is { } post)
        {
            wire.PostScore = (double)post;
        }

        return wire;
    }
}
