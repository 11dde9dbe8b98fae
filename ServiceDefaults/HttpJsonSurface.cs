using Google.Protobuf.Reflection;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi.Models;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// The HTTP/JSON face of every service's gRPC API, for callers without generated gRPC clients
/// (scripts, platform tools): the <c>google.api.http</c> routes of the protos (JSON transcoding)
/// and an OpenAPI document describing them. A JSON call is the same gRPC call underneath: the same
/// endpoint, authentication, policy, interceptors (validation errors, audit) and handler; a
/// refusal answers the gRPC status as a JSON <c>google.rpc.Status</c> whose <c>details</c> carry
/// the same <c>google.rpc.BadRequest</c>, <c>PreconditionFailure</c>, ... as the gRPC trailers.
/// </summary>
public static class HttpJsonSurface
{
    /// <summary>Where every service serves its OpenAPI document.</summary>
    public const string OpenApiDocumentPath = "/openapi/v1.json";

    private const string DocumentName = "v1";
    private const string BearerScheme = "Bearer";

    public static IGrpcServerBuilder AddHttpJsonSurface(this IGrpcServerBuilder grpc, IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        grpc.AddJsonTranscoding(options =>
            // Error details are Any messages: the JSON writer must know their types to print them.
            options.TypeRegistry = TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));

        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = builder.Environment.ApplicationName,
                Version = DocumentName,
                Description = "The service's gRPC API over HTTP/JSON (gRPC JSON transcoding). Errors answer a " +
                    "google.rpc.Status: code, message and details (e.g. google.rpc.BadRequest naming each field).",
            });
            swagger.AddSecurityDefinition(BearerScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An access token from the agency's identity provider (locally: the development token CLI).",
            });
            swagger.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = BearerScheme } }] = [],
            });
            // The proto comments, which Grpc.Tools writes into the contracts' XML documentation.
            var contractsDocs = Path.Combine(AppContext.BaseDirectory, ContractsAssemblyName + ".xml");
            if (File.Exists(contractsDocs))
            {
                swagger.IncludeXmlComments(contractsDocs);
                swagger.IncludeGrpcXmlComments(contractsDocs, includeControllerXmlComments: true);
            }
        });
        return grpc;
    }

    /// <summary>Serves the OpenAPI document at <see cref="OpenApiDocumentPath"/> on every port.</summary>
    public static WebApplication MapHttpJsonSurface(this WebApplication app)
    {
        app.MapSwagger("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>The assembly the protos compile into; its XML file sits beside every service's.</summary>
    private const string ContractsAssemblyName = "Cooperation.Contracts.Grpc";
}
