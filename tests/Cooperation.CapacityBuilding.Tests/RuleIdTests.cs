using System.Reflection;
using System.Text.RegularExpressions;

namespace Cooperation.CapacityBuilding.Tests;

public sealed partial class RuleIdTests
{
    public static TheoryData<string, string> RuleIds()
    {
        var data = new TheoryData<string, string>();
        var rules = typeof(Program).Assembly.GetTypes().Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal));
        foreach (var type in rules)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            {
                data.Add($"{type.Name}.{field.Name}", (string)field.GetRawConstantValue()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_id_is_kebab_case(string constant, string ruleId) =>
        Assert.True(KebabCase().IsMatch(ruleId), $"{constant} = \"{ruleId}\" is not kebab case");

    [Fact]
    public void Rule_ids_are_unique_across_features()
    {
        var ids = RuleIds().Select(row => (string)row[1]).ToList();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
