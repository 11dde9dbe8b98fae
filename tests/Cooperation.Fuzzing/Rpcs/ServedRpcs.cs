using Google.Protobuf.Reflection;
using Grpc.Net.Client;
using Grpc.Reflection.V1;

namespace Cooperation.Fuzzing.Rpcs;

/// <summary>The contract's RPCs one host serves: the services its reflection lists, described by the generated code.</summary>
public static class ServedRpcs
{
    public static async Task<IReadOnlyList<MethodDescriptor>> OfAsync(GrpcChannel channel, TimeSpan timeout)
    {
        var reflection = new ServerReflection.ServerReflectionClient(channel);
        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.Add(timeout));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), "Server reflection answered nothing.");
        var served = call.ResponseStream.Current.ListServicesResponse.Service
            .Select(s => s.Name)
            .Where(name => name.StartsWith("cooperation.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var undeclared = served.Where(name => !ContractCatalogue.All.ContainsKey(name)).ToList();
        Assert.True(undeclared.Count == 0, $"Served but not in the contracts: {string.Join(", ", undeclared)}");
        return served.SelectMany(name => ContractCatalogue.All[name].Methods).ToList();
    }
}
