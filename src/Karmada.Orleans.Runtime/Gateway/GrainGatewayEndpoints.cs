using System.Text.Json;
using Karmada.Orleans.Remote;
using Karmada.Orleans.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Karmada.Orleans.Gateway;

/// <summary>
/// The silo gateway: remote clients POST one JSON grain call per request (HTTP/2 multiplexes them
/// over one connection) and get the result or the exception back.
/// </summary>
public static class GrainGatewayEndpoints
{
    public static IEndpointConventionBuilder MapGrainGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(GatewayPaths.Ping, () => Results.Text("pong"));
        return endpoints.MapPost(GatewayPaths.Call, HandleAsync);
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var runtime = context.RequestServices.GetRequiredService<GrainRuntime>();
        GrainCallRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<GrainCallRequest>(context.Request.Body, GrainJson.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, new GrainCallResponse(null, RemoteExceptionInfo.From(new ArgumentException($"Malformed grain call: {ex.Message}"))));
            return;
        }

        if (request is null || !runtime.Registry.TryGetInterface(request.Interface, out var grainInterface)
            || !GrainInterfaceMethods.GetMethods(grainInterface).TryGetValue(request.Method, out var method))
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, new GrainCallResponse(null, RemoteExceptionInfo.From(
                new InvalidOperationException($"This silo has no grain method {request?.Interface}.{request?.Method}."))));
            return;
        }

        var parameters = method.GetParameters();
        if (request.Arguments.Count != parameters.Length)
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, new GrainCallResponse(null, RemoteExceptionInfo.From(
                new ArgumentException($"{request.Method} takes {parameters.Length} arguments, got {request.Arguments.Count}."))));
            return;
        }

        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = parameters[i].ParameterType == typeof(CancellationToken)
                ? CancellationToken.None
                : request.Arguments[i].Deserialize(parameters[i].ParameterType, GrainJson.Options);
        }

        var info = runtime.Registry.GetByInterface(grainInterface);
        try
        {
            var result = await GrainMethodInvoker.Get(method).SendBoxed(runtime, new GrainId(info.TypeName, request.Key), arguments);
            var resultType = GrainInterfaceMethods.GetResultType(method);
            JsonElement? element = resultType is null ? null : JsonSerializer.SerializeToElement(result, resultType, GrainJson.Options);
            await WriteAsync(context, StatusCodes.Status200OK, new GrainCallResponse(element, null));
        }
        catch (Exception ex)
        {
            await WriteAsync(context, StatusCodes.Status200OK, new GrainCallResponse(null, RemoteExceptionInfo.From(ex)));
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, GrainCallResponse response)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, response, GrainJson.Options, context.RequestAborted);
    }
}
