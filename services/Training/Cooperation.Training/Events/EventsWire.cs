using Cooperation.BuildingBlocks.Wire;
using Cooperation.Training.SignUp;
using V1 = Cooperation.Contracts.Training.V1;

namespace Cooperation.Training.Events;

/// <summary>Events to their wire form.</summary>
internal static class EventsWire
{
    public static V1.TrainingEvent ToWire(TrainingEvent trainingEvent)
    {
        var wire = new V1.TrainingEvent
        {
            Id = trainingEvent.Id.ToString(),
            ActivityId = trainingEvent.ActivityId.ToString(),
            HostParticipant = WireParticipant.ToWire(trainingEvent.HostParticipant),
            HostAgencyId = trainingEvent.HostAgencyId.ToString(),
            Venue = trainingEvent.Venue ?? string.Empty,
            Online = trainingEvent.Online,
            VenueTimeZone = trainingEvent.VenueTimeZone,
            Language = trainingEvent.Language,
            Capacity = trainingEvent.Capacity,
            MinimumBookings = trainingEvent.MinimumBookings,
            SignUpOpensAt = WireInstant.ToWire(trainingEvent.SignUp.OpensAt),
            SignUpClosesAt = WireInstant.ToWire(trainingEvent.SignUp.ClosesAt),
            CancellationCutoff = WireInstant.ToWire(trainingEvent.SignUp.CancellationCutoff),
            Approval = WireEnums.ToWire<ApprovalMode, V1.ApprovalMode>(trainingEvent.Approval),
            CreatedAt = WireInstant.ToWire(trainingEvent.CreatedAt),
            ProgrammeItemId = trainingEvent.ProgrammeItemId?.ToString() ?? string.Empty,
            AgencyQuota = trainingEvent.AgencyQuota,
        };
        wire.TrainerOfficialIds.AddRange(trainingEvent.TrainerOfficialIds.Select(t => t.ToString()));
        wire.Sessions.AddRange(trainingEvent.Sessions.Select(s => new V1.TrainingSession
        {
            Id = s.Id.ToString(),
            StartsAt = WireInstant.ToWire(s.StartsAt),
            EndsAt = WireInstant.ToWire(s.EndsAt),
        }));
        return wire;
    }
}
