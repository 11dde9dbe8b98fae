namespace Cooperation.WorkingGroup.Tests;

public sealed class RuleIdTests : RuleIdTests<Program>;
