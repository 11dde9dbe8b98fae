using Cooperation.BuildingBlocks.Wire;
using Message = Cooperation.Contracts.Audit.V1.AuditRecord;
using WireAction = Cooperation.Contracts.Audit.V1.AuditAction;

namespace Cooperation.BuildingBlocks.Audit.Grpc;

internal static class AuditRecordMapper
{
    public static Message ToMessage(AuditRecord record)
    {
        var message = new Message
        {
            Sequence = record.Sequence,
            Id = record.RecordId.ToString("D"),
            OccurredAt = WireInstant.ToWire(record.OccurredAt),
            ActorSubject = record.Actor.Subject,
            ActorParticipant = WireParticipant.ToWire(record.Actor.Participant),
            ActorAgencyId = record.Actor.AgencyId?.ToString("D") ?? string.Empty,
            Operation = record.Operation,
            Action = WireEnums.ToWire<AuditAction, WireAction>(record.Action),
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
