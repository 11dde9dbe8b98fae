using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Cooperation.Fuzzing.Generation;

/// <summary>
/// Ids the service has answered with, by the field name a request would carry them in (the
/// <c>id</c> of an <c>Agency</c> becomes an <c>agency_id</c>), so later requests name things that
/// exist and reach past the not-found check into the rules and the database.
/// </summary>
public sealed class KnownIds
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    public int Count => _byField.Values.Sum(ids => ids.Count);

    /// <summary>Collects every id in a response.</summary>
    public void Harvest(IMessage response, int depth = 0)
    {
        if (depth > 4)
        {
            return;
        }

        foreach (var field in response.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(response);
            var values = field.IsRepeated ? ((IList)value).Cast<object>() : [value];
            foreach (var element in values)
            {
                switch (element)
                {
                    case string text when field.FieldType == FieldType.String && Guid.TryParse(text, out _):
                        Add(field.Name == "id" ? $"{Snake(response.Descriptor.Name)}_id" : field.Name, text);
                        break;
                    case IMessage child:
                        Harvest(child, depth + 1);
                        break;
                }
            }
        }
    }

    /// <summary>An id known under <paramref name="fieldName"/> (or its singular), when there is one.</summary>
    public string? Pick(string fieldName, Random random)
    {
        var key = fieldName.EndsWith("_ids", StringComparison.Ordinal) ? fieldName[..^1] : fieldName;
        return _byField.TryGetValue(key, out var ids) ? ids[random.Next(ids.Count)] : null;
    }

    private void Add(string field, string id)
    {
        if (!_byField.TryGetValue(field, out var ids))
        {
            _byField[field] = ids = [];
        }

        if (ids.Count < 64 && !ids.Contains(id))
        {
            ids.Add(id);
        }
    }

    private static string Snake(string typeName) =>
        string.Concat(typeName.Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : char.ToLowerInvariant(c).ToString()));
}
