using System.Security.Cryptography;
using System.Text.Json;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// SHA-256 over a canonical encoding of a row: a compact JSON array of every column in a fixed
/// order, each as text (ids as lower-case hyphenated UUIDs, the instant as fixed-width UTC, lists
/// as compact JSON arrays, nulls as null), ending with the previous row's hash. A version tag leads, so a future
/// encoding can live beside this one.
/// </summary>
internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string EncodingVersion = "cooperation-audit-v1";

    public static string Compute(AuditRow row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(EncodingVersion);
            json.WriteNumberValue(row.Sequence);
            foreach (var value in new[]
                     {
                         row.RecordId.ToString("D"), AuditRow.FormatInstant(row.OccurredAt), row.ActorSubject,
                         row.ActorParticipant, row.ActorAgencyId?.ToString("D"), row.Operation, row.Action,
                         row.ResourceType, row.ResourceId, AuditRow.FormatList(row.Fields), row.Justification,
                         AuditRow.FormatList(row.Recipients), row.CorrelationId, row.PreviousHash,
                     })
            {
                if (value is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteStringValue(value);
                }
            }

            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
