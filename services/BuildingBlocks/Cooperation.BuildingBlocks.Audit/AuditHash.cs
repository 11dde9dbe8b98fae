using System.Security.Cryptography;
using System.Text.Json;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// SHA-256 over a canonical encoding of a row: a compact JSON array of every column in a fixed
/// order (nulls as null), ending with the previous row's hash. A version tag leads, so a future
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
                         row.RecordId, row.OccurredAt, row.ActorSubject, row.ActorParticipant, row.ActorAgencyId,
                         row.Operation, row.Action, row.ResourceType, row.ResourceId, row.Fields, row.Justification,
                         row.Recipients, row.CorrelationId, row.PreviousHash,
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
