using Cooperation.BuildingBlocks.Data;

namespace Cooperation.WorkingGroup.Tests.Wire;

/// <summary>Every enum the service keeps in its tables reads back as the value it stored.</summary>
public sealed class StoredEnumTests
{
    public static TheoryData<Type> ServiceEnums => new(typeof(Program).Assembly.GetTypes().Where(t => t.IsEnum));

    [Theory]
    [MemberData(nameof(ServiceEnums))]
    public void Every_value_round_trips_through_its_stored_text(Type enumType)
    {
        var toStored = typeof(StoredEnums).GetMethod(nameof(StoredEnums.ToStored))!.MakeGenericMethod(enumType);
        var fromStored = typeof(StoredEnums).GetMethod(nameof(StoredEnums.FromStored))!.MakeGenericMethod(enumType);
        foreach (var value in Enum.GetValues(enumType))
        {
            var stored = (string)toStored.Invoke(null, [value])!;
            Assert.Matches("^[a-z0-9]+(_[a-z0-9]+)*$", stored);
            Assert.Equal(value, fromStored.Invoke(null, [stored]));
        }
    }
}
