using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cooperation.BuildingBlocks.Audit;
using Google.Protobuf;
using Xunit;

namespace Cooperation.Testing;

/// <summary>
/// The HTTP/JSON surface answers as the gRPC API does: every service derives this once, naming one
/// audited write of its own; the reads go to the audit trail every service serves.
/// </summary>
public abstract class JsonTranscodingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : class, IHttpServiceHost
{
    private const string AuditRecordsPath = "/v1/audit/records";

    /// <summary>A co-chair passes every programme policy and reads the audit trail.</summary>
    private const string CoChair = "uk-co-chair";

    /// <summary>A write of the service's own over JSON that its handler audits.</summary>
    protected abstract AuditedJsonWrite AuditedWrite { get; }

    [Fact]
    public async Task A_json_read_with_a_token_answers_json()
    {
        using var response = await factory.HttpClientFor(CoChair).GetAsync(AuditRecordsPath + "?page_size=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = await ReadJsonAsync(response);
        Assert.Equal(JsonValueKind.Array, body.RootElement.GetProperty("records").ValueKind);
    }

    [Fact]
    public async Task A_json_call_without_a_token_is_refused_with_401()
    {
        var client = factory.HttpClientFor(persona: null);

        using var read = await client.GetAsync(AuditRecordsPath);
        using var write = await client.PostAsync(AuditedWrite.Path, JsonBody(AuditedWrite.Request));

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
    }

    [Fact]
    public async Task A_json_call_by_a_caller_without_the_role_is_refused_with_403()
    {
        // A member holds no audit role: the policy on the RPC refuses it, over JSON as over gRPC.
        using var response = await factory.HttpClientFor("uk-member").GetAsync(AuditRecordsPath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_field_answers_400_with_the_bad_request_detail_naming_it()
    {
        using var response = await factory.HttpClientFor(CoChair)
            .GetAsync(AuditRecordsPath + "?agency_id=not-a-uuid&page_size=-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        Assert.Equal(3, body.RootElement.GetProperty("code").GetInt32()); // INVALID_ARGUMENT
        var badRequest = Assert.Single(body.RootElement.GetProperty("details").EnumerateArray(),
            d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.BadRequest");
        var fields = badRequest.GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString()).ToList();
        Assert.Contains("agency_id", fields);
        Assert.Contains("page_size", fields);
    }

    [Fact]
    public async Task A_json_write_is_audited_as_the_caller_and_the_rpc()
    {
        var write = AuditedWrite;

        using var response = await factory.HttpClientFor(write.Persona).PostAsync(write.Path, JsonBody(write.Request));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await ReadJsonAsync(response);
        var id = write.IdPath.Split('.').Aggregate(body.RootElement, (element, name) => element.GetProperty(name)).GetString()!;
        var record = Assert.Single(await factory.AuditOfAsync(write.ResourceType, id));
        Assert.Equal(AuditAction.Create, record.Action);
        Assert.Equal(AuditTrailReader.ActorOf(write.Persona), record.Actor);
        Assert.EndsWith(write.Rpc, record.Operation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_annotated_paths_with_their_comments_and_the_bearer_scheme()
    {
        using var response = await factory.HttpClientFor(persona: null).GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = await ReadJsonAsync(response);
        var paths = document.RootElement.GetProperty("paths");
        var auditList = paths.GetProperty(AuditRecordsPath).GetProperty("get");
        Assert.Contains("in the order they were written", auditList.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(paths.GetProperty(AuditedWrite.Path).TryGetProperty("post", out _));
        var bearer = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", bearer.GetProperty("scheme").GetString());
    }

    private static StringContent JsonBody(IMessage request) =>
        new(JsonFormatter.Default.Format(request), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response) =>
        await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
}

/// <summary>One write of a service over JSON: where it goes, who sends it, and the audit record it must leave.</summary>
/// <param name="Rpc">The RPC's method name, which the audit record's operation names.</param>
/// <param name="IdPath">Where the written resource's id is in the JSON answer, dotted (<c>agency.id</c>).</param>
public sealed record AuditedJsonWrite(string Path, string Rpc, IMessage Request, string Persona, string ResourceType, string IdPath);
