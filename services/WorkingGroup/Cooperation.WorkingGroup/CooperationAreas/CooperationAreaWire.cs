using Cooperation.BuildingBlocks.Domain;
using Cooperation.BuildingBlocks.Wire;
using TypeV1 = Cooperation.Contracts.Type.V1;
using V1 = Cooperation.Contracts.WorkingGroup.V1;

namespace Cooperation.WorkingGroup.CooperationAreas;

/// <summary>Cooperation areas on the wire; tags travel as the shared <c>cooperation.type.v1.CooperationAreaTag</c>.</summary>
internal static class CooperationAreaWire
{
    public static TypeV1.CooperationAreaTag ToWire(CooperationAreaTag tag) =>
        WireEnums.ToWire<CooperationAreaTag, TypeV1.CooperationAreaTag>(tag);

    /// <summary>The domain tag of a wire tag: null for UNSPECIFIED and for a number the statement's vocabulary does not have.</summary>
    public static CooperationAreaTag? FromWire(TypeV1.CooperationAreaTag tag) =>
        WireEnums.FromWire<TypeV1.CooperationAreaTag, CooperationAreaTag>(tag);

    public static V1.CooperationArea ToWire(CooperationArea area)
    {
        var wire = new V1.CooperationArea
        {
            Id = area.Id.ToString(),
            Title = area.Title,
            Description = area.Description,
            IdentifiedAt = WireInstant.ToWire(area.IdentifiedAt),
        };
        wire.Tags.AddRange(area.Tags.Select(ToWire));
        return wire;
    }
}
