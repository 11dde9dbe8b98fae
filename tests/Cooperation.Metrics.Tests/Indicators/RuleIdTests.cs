using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.Metrics.Indicators;

namespace Cooperation.Metrics.Tests.Indicators;

public sealed partial class RuleIdTests
{
    [Fact]
    public void Every_rule_id_is_kebab_case()
    {
        var ids = typeof(IndicatorRules).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
