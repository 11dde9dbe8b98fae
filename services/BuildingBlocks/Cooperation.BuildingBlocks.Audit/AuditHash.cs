using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Cooperation.BuildingBlocks.Audit;

/// <summary>
/// SHA-256 over a canonical encoding of a row: a compact JSON array of every column in a fixed
/// order, each as text (ids as lower-case hyphenated UUIDs, the instant as fixed-width UTC, lists
/// as compact JSON arrays, nulls as null), ending with the previous row's hash. A version tag leads, so a future
/// encoding can live beside this one.
/// </summary>
/// <remarks>
/// One instance reuses its buffers from row to row, so verifying a long chain allocates nothing
/// per record for the hash itself; an instance is not thread-safe. The static
/// <see cref="Compute(AuditRow)"/> is the same encoding for the occasional append.
/// </remarks>
internal sealed class AuditHash : IDisposable
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";
    private const string EncodingVersion = "cooperation-audit-v1";
    private const int HexLength = SHA256.HashSizeInBytes * 2;

    private readonly ArrayBufferWriter<byte> encoded = new(1024);
    private readonly ArrayBufferWriter<byte> list = new(256);
    private readonly Utf8JsonWriter json;
    private readonly Utf8JsonWriter listJson;

    public AuditHash()
    {
        json = new Utf8JsonWriter(encoded);
        listJson = new Utf8JsonWriter(list);
    }

    public static string Compute(AuditRow row)
    {
        using var hash = new AuditHash();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        hash.Digest(row, digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>Whether <paramref name="row"/>'s stored hash is the one its content gives.</summary>
    public bool Matches(AuditRow row)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Digest(row, digest);
        Span<char> hex = stackalloc char[HexLength];
        Convert.TryToHexStringLower(digest, hex, out _);
        return row.Hash.AsSpan().SequenceEqual(hex);
    }

    public void Dispose()
    {
        json.Dispose();
        listJson.Dispose();
    }

    private void Digest(AuditRow row, Span<byte> digest)
    {
        encoded.ResetWrittenCount();
        json.Reset();
        json.WriteStartArray();
        json.WriteStringValue(EncodingVersion);
        json.WriteNumberValue(row.Sequence);
        json.WriteStringValue(row.RecordId);   // "D" format, lower case: as Guid.ToString("D")
        WriteInstant(row.OccurredAt);
        WriteText(row.ActorSubject);
        WriteText(row.ActorParticipant);
        if (row.ActorAgencyId is { } agency)
        {
            json.WriteStringValue(agency);
        }
        else
        {
            json.WriteNullValue();
        }

        WriteText(row.Operation);
        WriteText(row.Action);
        WriteText(row.ResourceType);
        WriteText(row.ResourceId);
        WriteList(row.Fields);
        WriteText(row.Justification);
        WriteList(row.Recipients);
        WriteText(row.CorrelationId);
        WriteText(row.PreviousHash);
        json.WriteEndArray();
        json.Flush();
        SHA256.HashData(encoded.WrittenSpan, digest);
    }

    private void WriteText(string? value)
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

    private void WriteInstant(DateTimeOffset instant)
    {
        Span<char> text = stackalloc char[32];
        instant.UtcDateTime.TryFormat(text, out var length, AuditRow.InstantFormat, CultureInfo.InvariantCulture);
        json.WriteStringValue(text[..length]);
    }

    // The list's compact JSON text, written as one string value: what AuditRow.FormatList gives,
    // built in a reused buffer instead of a new string.
    private void WriteList(string[] values)
    {
        list.ResetWrittenCount();
        listJson.Reset();
        listJson.WriteStartArray();
        foreach (var value in values)
        {
            listJson.WriteStringValue(value);
        }

        listJson.WriteEndArray();
        listJson.Flush();
        json.WriteStringValue(list.WrittenSpan);
    }
}
