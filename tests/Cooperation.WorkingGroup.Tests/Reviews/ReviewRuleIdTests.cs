using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;

namespace Cooperation.WorkingGroup.Tests.Reviews;

/// <summary>The rule ids of areas, success criteria and reviews are kebab-case and unique.</summary>
public sealed partial class ReviewRuleIdTests
{
    public static TheoryData<Type> RuleClasses() => [typeof(CooperationAreaRules), typeof(SuccessCriterionRules), typeof(ReviewRules)];

    [Theory]
    [MemberData(nameof(RuleClasses))]
    public void Every_rule_id_is_kebab_case_and_unique(Type rules)
    {
        var ids = rules.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Matches(KebabCase(), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
