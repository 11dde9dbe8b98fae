using Cooperation.BuildingBlocks.Domain;
using Google.Protobuf.WellKnownTypes;
using Message = Cooperation.Contracts.Audit.V1.AuditRecord;
using WireAction = Cooperation.Contracts.Audit.V1.AuditAction;
using WireParticipant = Cooperation.Contracts.Audit.V1.ActorParticipant;

namespace Cooperation.BuildingBlocks.Audit.Grpc;

internal static class AuditRecordMapper
{
    public static Message ToMessage(AuditRecord record)
    {
        var message = new Message
        {
            Sequence = record.Sequence,
            RecordId = record.RecordId.ToString("D"),
            OccurredAt = Timestamp.FromDateTimeOffset(record.OccurredAt),
            ActorSubject = record.Actor.Subject,
            ActorParticipant = record.Actor.Participant switch
            {
                Participant.BG => WireParticipant.Bg,
                Participant.UK => WireParticipant.Uk,
                _ => WireParticipant.Unspecified,
            },
            ActorAgencyId = record.Actor.AgencyId?.ToString("D") ?? string.Empty,
            Operation = record.Operation,
            Action = (WireAction)(int)record.Action,
            ResourceType = record.ResourceType,
            ResourceId = record.ResourceId,
            Justification = record.Justification ?? string.Empty,
            CorrelationId = record.CorrelationId ?? string.Empty,
            PreviousHash = record.PreviousHash,
            Hash = record.Hash,
        };
        message.Fields.AddRange(record.Fields);
        message.Recipients.AddRange(record.Recipients);
        return message;
    }
}
