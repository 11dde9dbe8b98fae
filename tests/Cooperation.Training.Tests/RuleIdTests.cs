namespace Cooperation.Training.Tests;

public sealed class RuleIdTests : RuleIdTests<Program>;
