namespace Cooperation.CapacityBuilding.Tests;

public sealed class RuleIdTests : RuleIdTests<Program>;
