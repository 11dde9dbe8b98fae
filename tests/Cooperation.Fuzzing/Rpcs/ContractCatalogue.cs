using System.Reflection;
using Cooperation.Contracts.Audit.V1;
using Google.Protobuf.Reflection;

namespace Cooperation.Fuzzing.Rpcs;

/// <summary>
/// Every gRPC service the contracts declare, read from the generated code (each generated
/// service class's static <c>Descriptor</c>), so a new RPC is fuzzed without anyone listing it.
/// </summary>
public static class ContractCatalogue
{
    private static readonly Lazy<IReadOnlyDictionary<string, ServiceDescriptor>> Services = new(Load);

    /// <summary>The contract's services by full name (<c>cooperation.metrics.v1.IndicatorsService</c>).</summary>
    public static IReadOnlyDictionary<string, ServiceDescriptor> All => Services.Value;

    private static Dictionary<string, ServiceDescriptor> Load() =>
        typeof(AuditService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<ServiceDescriptor>()
            .ToDictionary(s => s.FullName, StringComparer.Ordinal);
}
