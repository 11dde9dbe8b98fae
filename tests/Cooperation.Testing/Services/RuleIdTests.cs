using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// Every rule id a service answers in a FailedPrecondition lives as a constant in a feature's
/// <c>…Rules</c> class of the service's assembly (the one holding <typeparamref name="TEntryPoint"/>),
/// in one casing (kebab-case), and no two rules share an id. A service derives it in one line.
/// </summary>
public abstract partial class RuleIdTests<TEntryPoint>
{
    private static readonly Type[] RuleClasses = typeof(TEntryPoint).Assembly.GetTypes()
        .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal))
        .ToArray();

    private static IEnumerable<(string Rule, string Id)> RuleIds() => RuleClasses.SelectMany(type => type
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => ($"{type.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));

    [Fact]
    public void The_service_keeps_its_rules_in_rules_classes() => Assert.NotEmpty(RuleIds());

    [Fact]
    public void Every_rule_id_is_kebab_case()
    {
        var malformed = RuleIds().Where(r => !KebabCase().IsMatch(r.Id)).ToList();
        Assert.True(malformed.Count == 0, "Not kebab-case: " + string.Join(", ", malformed.Select(r => $"{r.Rule} = \"{r.Id}\"")));
    }

    [Fact]
    public void No_two_rules_share_an_id()
    {
        var shared = RuleIds().GroupBy(r => r.Id).Where(g => g.Count() > 1).ToList();
        Assert.True(shared.Count == 0, "Shared ids: " + string.Join("; ", shared.Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Rule))}")));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
