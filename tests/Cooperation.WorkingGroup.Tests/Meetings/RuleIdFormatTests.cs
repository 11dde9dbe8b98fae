using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Projects;

namespace Cooperation.WorkingGroup.Tests.Meetings;

/// <summary>Every rule id of the meetings, cadence and projects is kebab-case and names one rule.</summary>
public sealed partial class RuleIdFormatTests
{
    private static readonly Type[] Classes = [typeof(MeetingRules), typeof(CadenceRules), typeof(ProjectRules)];

    public static TheoryData<Type> RuleClasses => new(Classes);

    [Theory]
    [MemberData(nameof(RuleClasses))]
    public void Every_rule_id_is_kebab_case(Type rules)
    {
        var ids = RuleIds(rules);

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
    }

    [Fact]
    public void No_two_rules_share_an_id()
    {
        // Cadence names the meetings' establishment rule again; it is the same rule, not a second one.
        var ids = Classes.SelectMany(RuleIds).Distinct().ToList();
        var constants = Classes.Sum(c => RuleIds(c).Count);

        Assert.Equal(constants - 1, ids.Count);
    }

    private static List<string> RuleIds(Type rules) =>
        rules.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
