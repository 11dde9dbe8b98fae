using System.Reflection;
using System.Text.RegularExpressions;
using Cooperation.Metrics.Publication;

namespace Cooperation.Metrics.Tests.Publication;

/// <summary>Every feature's rule ids (each <c>*Rules</c> class of the service): kebab-case, and no two rules share one.</summary>
public sealed partial class ServiceRuleIdTests
{
    private static readonly List<string> Ids = typeof(PublicationRules).Assembly.GetTypes()
        .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Rules", StringComparison.Ordinal))
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

    [Fact]
    public void Every_rule_id_of_the_service_is_kebab_case_and_unique()
    {
        Assert.Contains(PublicationRules.QuarterMustHaveFigures, Ids);
        Assert.All(Ids, id => Assert.Matches(KebabCase(), id));
        Assert.Equal(Ids.Count, Ids.Distinct().Count());
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
