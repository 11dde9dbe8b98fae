namespace Cooperation.Metrics.Tests;

public sealed class RuleIdTests : RuleIdTests<Program>;
