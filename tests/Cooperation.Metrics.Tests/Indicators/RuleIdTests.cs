using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Tests.Indicators;

/// <summary>Every rule id of the service, in every feature's Rules class: kebab case, and no two alike.</summary>
public sealed partial class RuleIdTests
{
    private static List<string> AllRuleIds() =>
        typeof(IndicatorRules).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void Every_rule_id_is_kebab_case()
    {
        var ids = AllRuleIds();
        Assert.True(ids.Count >= 5);
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
    }

    [Fact]
    public void No_two_rules_share_an_id() => Assert.Equal(AllRuleIds().Count, AllRuleIds().Distinct().Count());

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
