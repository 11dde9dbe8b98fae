using System.Reflection;
using System.Text.RegularExpressions;

namespace Cooperation.WorkingGroup.Tests;

/// <summary>
/// Every rule id the service answers in a FailedPrecondition lives as a constant in a feature's
/// <c>…Rules</c> class, in one casing (kebab-case), and no two rules share an id.
/// </summary>
public sealed partial class RuleIdTests
{
    private static readonly Type[] RuleClasses = typeof(Program).Assembly.GetTypes()
        .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal))
        .ToArray();

    private static IEnumerable<(string Rule, string Id)> RuleIds() => RuleClasses.SelectMany(type => type
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => ($"{type.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));

    [Fact]
    public void Every_feature_with_rules_keeps_them_in_a_rules_class()
    {
        Assert.True(RuleClasses.Length >= 5, $"Found only {RuleClasses.Length} rules classes: {string.Join(", ", RuleClasses.Select(t => t.Name))}.");
        Assert.NotEmpty(RuleIds());
    }

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
