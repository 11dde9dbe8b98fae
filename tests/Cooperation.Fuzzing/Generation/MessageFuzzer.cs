using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace Cooperation.Fuzzing.Generation;

/// <summary>
/// Builds requests from a message descriptor alone: a plausible one (every field set the way a
/// well-behaved client would, guessed from its type and name, its ids among those the service has
/// answered with), the plausible one with one field
/// set to a boundary value, a random one, and bytes that are no message at all. The same
/// <see cref="Random"/> gives the same cases.
/// </summary>
public sealed class MessageFuzzer(Random random, KnownIds knownIds)
{
    private const int MaxDepth = 4;

    /// <summary>The day the statement was signed: the services' test clock starts there.</summary>
    private static readonly DateTimeOffset Signed = new(2023, 11, 13, 9, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<FuzzCase> CasesFor(MessageDescriptor input, int mutations, int randoms, int garbage)
    {
        var cases = new List<FuzzCase>
        {
            new(0, "empty message", []),
            new(1, "plausible message", Plausible(input, 0).ToByteArray()),
        };

        for (var i = 0; i < mutations; i++)
        {
            var message = Plausible(input, 0);
            var description = Mutate(message);
            cases.Add(new(cases.Count, $"plausible, {description}", message.ToByteArray()));
        }

        for (var i = 0; i < randoms; i++)
        {
            cases.Add(new(cases.Count, "random message", RandomMessage(input, 0).ToByteArray()));
        }

        for (var i = 0; i < garbage; i++)
        {
            cases.Add(new(cases.Count, "random bytes", BoundaryValues.Bytes(random, random.Next(1, 96)).ToByteArray()));
        }

        return cases;
    }

    /// <summary>Every field set as a well-behaved client would set it.</summary>
    public IMessage Plausible(MessageDescriptor type, int depth)
    {
        var message = New(type);
        if (BoundaryValues.IsTimestamp(type))
        {
            return Timestamp.FromDateTimeOffset(Signed.AddDays(random.Next(-30, 400)));
        }

        foreach (var field in type.Fields.InDeclarationOrder())
        {
            if (field.RealContainingOneof is not null && field.RealContainingOneof.Fields[0] != field)
            {
                continue; // one member of a oneof
            }

            if (field.FieldType == FieldType.Message && depth >= MaxDepth)
            {
                continue;
            }

            if (field.IsRepeated)
            {
                ((IList)field.Accessor.GetValue(message)).Add(PlausibleValue(field, depth));
            }
            else
            {
                field.Accessor.SetValue(message, PlausibleValue(field, depth));
            }
        }

        return message;
    }

    /// <summary>Sets one field, anywhere in the message, to a boundary value; answers what it did.</summary>
    public string Mutate(IMessage root)
    {
        var targets = new List<(IMessage Owner, FieldDescriptor Field, string Path)>();
        Collect(root, "", targets, 0);
        if (targets.Count == 0)
        {
            return "no field to mutate";
        }

        var (owner, field, path) = targets[random.Next(targets.Count)];
        return $"{path} = {SetBoundary(owner, field)}";
    }

    /// <summary>Fields set at random, each to a plausible or a boundary value.</summary>
    public IMessage RandomMessage(MessageDescriptor type, int depth)
    {
        var message = Plausible(type, depth);
        var targets = new List<(IMessage Owner, FieldDescriptor Field, string Path)>();
        Collect(message, "", targets, 0);
        foreach (var (owner, field, _) in targets.Where(_ => random.Next(3) == 0))
        {
            SetBoundary(owner, field);
        }

        return message;
    }

    private static void Collect(IMessage message, string prefix, List<(IMessage, FieldDescriptor, string)> targets, int depth)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var path = prefix + field.Name;
            targets.Add((message, field, path));
            if (depth < MaxDepth && !field.IsRepeated && field.FieldType == FieldType.Message
                && !BoundaryValues.IsTimestamp(field.MessageType)
                && field.Accessor.GetValue(message) is IMessage child)
            {
                Collect(child, path + ".", targets, depth + 1);
            }
        }
    }

    private string SetBoundary(IMessage owner, FieldDescriptor field)
    {
        if (field.IsRepeated)
        {
            var list = (IList)field.Accessor.GetValue(owner);
            switch (random.Next(3))
            {
                case 0:
                    list.Clear();
                    return "[] (none)";
                case 1:
                    var many = random.Next(2) == 0 ? 1_000 : 20_000;
                    var element = PlausibleValue(field, MaxDepth);
                    for (var i = 0; i < many; i++)
                    {
                        list.Add(element);
                    }

                    return $"[{many} copies]";
                default:
                    list.Clear();
                    var (value, text) = BoundaryValue(field);
                    list.Add(value);
                    list.Add(value);
                    return $"[{text}, {text}]";
            }
        }

        if (field.FieldType == FieldType.Message && random.Next(4) == 0)
        {
            field.Accessor.Clear(owner);
            return "unset";
        }

        var (boundary, description) = BoundaryValue(field);
        field.Accessor.SetValue(owner, boundary);
        return description;
    }

    private (object Value, string Description) BoundaryValue(FieldDescriptor field)
    {
        switch (field.FieldType)
        {
            case FieldType.String:
                var text = Pick(BoundaryValues.Texts);
                return (text, Describe(text));
            case FieldType.Bytes:
                var bytes = BoundaryValues.Bytes(random, random.Next(0, 2) == 0 ? 0 : 100_000);
                return (bytes, $"{bytes.Length} random bytes");
            case FieldType.Bool:
                return (random.Next(2) == 0, "a coin toss");
            case FieldType.Enum:
                var number = BoundaryValues.EnumNumbers[random.Next(BoundaryValues.EnumNumbers.Length)];
                return (number, $"enum number {number}");
            case FieldType.Double:
                return Described(Pick(BoundaryValues.Doubles));
            case FieldType.Float:
                return Described(Pick(BoundaryValues.Floats));
            case FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32:
                return Described(Pick(BoundaryValues.Int32s));
            case FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64:
                return Described(Pick(BoundaryValues.Int64s));
            case FieldType.UInt32 or FieldType.Fixed32:
                return Described(Pick(BoundaryValues.UInt32s));
            case FieldType.UInt64 or FieldType.Fixed64:
                return Described(Pick(BoundaryValues.UInt64s));
            case FieldType.Message when BoundaryValues.IsTimestamp(field.MessageType):
                var timestamp = Pick(BoundaryValues.Timestamps());
                return (timestamp, $"timestamp {timestamp.Seconds}s {timestamp.Nanos}ns");
            case FieldType.Message when BoundaryValues.IsDate(field.MessageType):
                var (year, month, day) = BoundaryValues.Dates[random.Next(BoundaryValues.Dates.Length)];
                var date = New(field.MessageType);
                field.MessageType.FindFieldByName("year").Accessor.SetValue(date, year);
                field.MessageType.FindFieldByName("month").Accessor.SetValue(date, month);
                field.MessageType.FindFieldByName("day").Accessor.SetValue(date, day);
                return (date, $"date {year}-{month}-{day}");
            case FieldType.Message:
                return random.Next(2) == 0
                    ? (New(field.MessageType), "an empty message")
                    : (RandomMessage(field.MessageType, MaxDepth - 1), "a random message");
            default:
                throw new NotSupportedException($"{field.FullName} has type {field.FieldType}.");
        }
    }

    private object PlausibleValue(FieldDescriptor field, int depth)
    {
        var name = field.Name;
        return field.FieldType switch
        {
            FieldType.String when name == "page_token" => "",
            FieldType.String when name.EndsWith("id", StringComparison.Ordinal) || name.EndsWith("ids", StringComparison.Ordinal)
                => (random.Next(4) > 0 ? knownIds.Pick(name, random) : null) ?? SeededGuid(),
            FieldType.String when name.Contains("email", StringComparison.Ordinal) => "someone@example.org",
            FieldType.String when name == "currency_code" => "EUR",
            FieldType.String => $"Fuzzed {name.Replace('_', ' ')}",
            FieldType.Bytes => BoundaryValues.Bytes(random, 16),
            FieldType.Bool => random.Next(2) == 0,
            FieldType.Enum => field.EnumType.Values.Where(v => v.Number != 0).Select(v => v.Number).DefaultIfEmpty(0)
                .ElementAt(random.Next(Math.Max(1, field.EnumType.Values.Count(v => v.Number != 0)))),
            FieldType.Double => 1.5d,
            FieldType.Float => 1.5f,
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => PlausibleNumber(name),
            FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (long)PlausibleNumber(name),
            FieldType.UInt32 or FieldType.Fixed32 => (uint)PlausibleNumber(name),
            FieldType.UInt64 or FieldType.Fixed64 => (ulong)PlausibleNumber(name),
            FieldType.Message when BoundaryValues.IsDate(field.MessageType) => PlausibleDate(field.MessageType),
            FieldType.Message => Plausible(field.MessageType, depth + 1),
            _ => throw new NotSupportedException($"{field.FullName} has type {field.FieldType}."),
        };
    }

    private int PlausibleNumber(string name) => name switch
    {
        "year" => 2024,
        "month" => random.Next(1, 13),
        "day" => random.Next(1, 29),
        "quarter" => random.Next(1, 5),
        "nanos" => 0,
        "page_size" => 10,
        _ => random.Next(1, 100),
    };

    private IMessage PlausibleDate(MessageDescriptor type)
    {
        var day = DateOnly.FromDateTime(Signed.UtcDateTime).AddDays(random.Next(-30, 400));
        var date = New(type);
        type.FindFieldByName("year").Accessor.SetValue(date, day.Year);
        type.FindFieldByName("month").Accessor.SetValue(date, day.Month);
        type.FindFieldByName("day").Accessor.SetValue(date, day.Day);
        return date;
    }

    /// <summary>A fresh id from the seed, so a run's requests are the same every time.</summary>
    private string SeededGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }

    private T Pick<T>(T[] values) => values[random.Next(values.Length)];

    private static (object, string) Described(object value) => (value, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!);

    private static string Describe(string text) => text.Length > 40
        ? $"a {text.Length}-character string"
        : $"\"{string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()))}\"";

    private static IMessage New(MessageDescriptor type) => type.Parser.ParseFrom(ByteString.Empty);
}
