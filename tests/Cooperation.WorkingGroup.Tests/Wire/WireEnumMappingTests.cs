using System.Globalization;
using System.Reflection;
using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using Cooperation.WorkingGroup.Agencies;
using Cooperation.WorkingGroup.Cadence;
using Cooperation.WorkingGroup.CooperationAreas;
using Cooperation.WorkingGroup.Debriefs;
using Cooperation.WorkingGroup.Meetings;
using Cooperation.WorkingGroup.Membership;
using Cooperation.WorkingGroup.Officials;
using Cooperation.WorkingGroup.Projects;
using Cooperation.WorkingGroup.ReviewEvidence;
using Cooperation.WorkingGroup.Reviews;
using Cooperation.WorkingGroup.SuccessCriteria;
using AuditAction = Cooperation.BuildingBlocks.Audit.AuditAction;
using AuditV1 = Cooperation.Contracts.Audit.V1;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;
using Workstream = Cooperation.Contracts.Messages.Projects.Workstream;

namespace Cooperation.WorkingGroup.Tests.Wire;

/// <summary>
/// Every enum the service speaks on the wire maps both ways to its domain enum: each wire value
/// but UNSPECIFIED to a domain value of the same name and back, UNSPECIFIED and unknown numbers
/// to "absent", and each domain value to a wire value and back.
/// </summary>
public sealed class WireEnumMappingTests
{
    /// <summary>The wire enum of the contracts the service answers, with its domain enum.</summary>
    private static readonly Dictionary<Type, Type> DomainOf = new()
    {
        [typeof(TypeV1.Participant)] = typeof(Participant),
        [typeof(TypeV1.CooperationAreaTag)] = typeof(CooperationAreaTag),
        [typeof(V1.AgencyKind)] = typeof(AgencyKind),
        [typeof(V1.LegalBasis)] = typeof(LegalBasis),
        [typeof(V1.MembershipRole)] = typeof(MembershipRole),
        [typeof(V1.MeetingStatus)] = typeof(MeetingStatus),
        [typeof(V1.MeetingFormat)] = typeof(MeetingFormat),
        [typeof(V1.ActionItemStatus)] = typeof(ActionItemStatus),
        [typeof(V1.QuarterState)] = typeof(QuarterState),
        [typeof(V1.ProjectStatus)] = typeof(ProjectStatus),
        [typeof(V1.ProjectWorkstream)] = typeof(Workstream),
        [typeof(V1.ReviewOutcome)] = typeof(ReviewOutcome),
        [typeof(V1.MeasureDirection)] = typeof(MeasureDirection),
        [typeof(V1.MeasurePeriod)] = typeof(MeasurePeriod),
        [typeof(AuditV1.AuditAction)] = typeof(AuditAction),
        [typeof(V1.SharingChannel)] = typeof(SharingChannel),
        [typeof(V1.CorrectiveActionStatus)] = typeof(CorrectiveActionStatus),
        [typeof(V1.MeasureValueState)] = typeof(MeasureValueState),
    };

    /// <summary>Wire enums the domain holds as something other than an enum, each with its own test below.</summary>
    private static readonly Type[] MappedOtherwise = [typeof(V1.DecisionStatus)];

    private static readonly string[] ContractNamespaces =
        [typeof(V1.Meeting).Namespace!, typeof(TypeV1.Participant).Namespace!, typeof(AuditV1.AuditRecord).Namespace!];

    public static TheoryData<Type> WireEnums()
    {
        var data = new TheoryData<Type>();
        foreach (var wire in DomainOf.Keys)
        {
            data.Add(wire);
        }

        return data;
    }

    [Fact]
    public void Every_wire_enum_of_the_contracts_has_a_mapping()
    {
        var declared = typeof(V1.Meeting).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && ContractNamespaces.Contains(t.Namespace))
            .Select(t => t.FullName)
            .Order();

        Assert.Equal(declared, DomainOf.Keys.Concat(MappedOtherwise).Select(t => t.FullName).Order());
    }

    [Theory]
    [MemberData(nameof(WireEnums))]
    public void Each_wire_value_maps_to_its_domain_value_and_back(Type wire)
    {
        var domain = DomainOf[wire];
        foreach (var value in Enum.GetValues(wire).Cast<Enum>())
        {
            var mapped = FromWire(wire, domain, value);
            if (Number(value) == 0)
            {
                Assert.Null(mapped);
                continue;
            }

            Assert.True(mapped is not null, $"{wire.Name}.{value} has no {domain.Name}");
            Assert.Equal(value.ToString(), mapped!.ToString(), ignoreCase: true);
            Assert.Equal(value, ToWire(domain, wire, mapped));
        }

        Assert.Null(FromWire(wire, domain, (Enum)Enum.ToObject(wire, 999)));
    }

    [Theory]
    [MemberData(nameof(WireEnums))]
    public void Each_domain_value_maps_to_a_wire_value_and_back(Type wire)
    {
        var domain = DomainOf[wire];
        // A domain "Unspecified" member (0) is not a value; it is what the wire's UNSPECIFIED means.
        foreach (var value in Enum.GetValues(domain).Cast<Enum>().Where(v => Number(v) != 0))
        {
            var onWire = ToWire(domain, wire, value);

            Assert.True(Enum.IsDefined(wire, onWire), $"{domain.Name}.{value} has no {wire.Name}");
            Assert.NotEqual(0, Number(onWire));
            Assert.Equal(value, FromWire(wire, domain, onWire));
        }
    }

    [Theory]
    [MemberData(nameof(WireEnums))]
    public void Unspecified_is_absent_in_a_filter_and_missing_where_required(Type wire)
    {
        var unspecified = (Enum)Enum.ToObject(wire, 0);
        var filter = new Validator();
        var required = new Validator();

        Assert.Null(Read(nameof(WireValidation.OptionalEnum), wire, DomainOf[wire], filter, unspecified));
        Assert.Null(Read(nameof(WireValidation.RequireEnum), wire, DomainOf[wire], required, unspecified));

        Assert.True(filter.IsValid);
        var violation = Assert.Single(Assert.Throws<ValidationFailedException>(required.ThrowIfInvalid).Violations);
        Assert.Equal("field", violation.Field);
    }

    [Fact]
    public void Decision_status_maps_both_ways_to_awaiting_confirmation()
    {
        foreach (var awaits in new[] { true, false })
        {
            Assert.Equal(awaits, MeetingWire.AwaitsConfirmation(MeetingWire.ToWire(awaits)));
        }

        foreach (var status in Enum.GetValues<V1.DecisionStatus>().Where(s => s != V1.DecisionStatus.Unspecified))
        {
            Assert.Equal(status, MeetingWire.ToWire(MeetingWire.AwaitsConfirmation(status)!.Value));
        }

        Assert.Null(MeetingWire.AwaitsConfirmation(V1.DecisionStatus.Unspecified));
        Assert.Null(MeetingWire.AwaitsConfirmation((V1.DecisionStatus)999));
    }

    private static int Number(Enum value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static Enum? FromWire(Type wire, Type domain, Enum value) =>
        (Enum?)Method(nameof(BuildingBlocks.Wire.WireEnums.FromWire), nullableArgument: false).MakeGenericMethod(wire, domain).Invoke(null, [value]);

    private static Enum ToWire(Type domain, Type wire, Enum value) =>
        (Enum)Method(nameof(BuildingBlocks.Wire.WireEnums.ToWire), nullableArgument: false).MakeGenericMethod(domain, wire).Invoke(null, [value])!;

    private static Enum? Read(string method, Type wire, Type domain, Validator validator, Enum value) =>
        (Enum?)typeof(WireValidation).GetMethod(method)!.MakeGenericMethod(wire, domain).Invoke(null, [validator, value, "field"]);

    private static MethodInfo Method(string name, bool nullableArgument) =>
        typeof(BuildingBlocks.Wire.WireEnums).GetMethods()
            .Single(m => m.Name == name && m.GetParameters()[0].ParameterType.IsGenericType == nullableArgument);
}
