using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Karmada.Orleans.Remote;

namespace Karmada.Orleans.Client;

/// <summary>A remote grain reference: each interface call becomes one gateway request.</summary>
public class RemoteGrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, RemoteMethod> Methods = new();

    internal ClusterClient Client { get; set; } = null!;

    internal string Interface { get; set; } = "";

    public string Key { get; internal set; } = "";

    internal static TGrainInterface Create<TGrainInterface>(ClusterClient client, string key)
    {
        var proxy = (RemoteGrainProxy)(object)DispatchProxy.Create<TGrainInterface, RemoteGrainProxy>()!;
        proxy.Client = client;
        proxy.Interface = GrainInterfaceMethods.GetInterfaceId(typeof(TGrainInterface));
        proxy.Key = key;
        _ = GrainInterfaceMethods.GetMethods(typeof(TGrainInterface));
        return (TGrainInterface)(object)proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var method = Methods.GetOrAdd(targetMethod!, RemoteMethod.Create);
        return method.Invoke(this, args ?? []);
    }

    public override string ToString() => $"{Interface}/{Key}";

    private abstract class RemoteMethod(MethodInfo method)
    {
        private readonly Type[] _parameterTypes = method.GetParameters().Select(p => p.ParameterType).ToArray();

        protected MethodInfo Method => method;

        public static RemoteMethod Create(MethodInfo method)
        {
            var resultType = GrainInterfaceMethods.GetResultType(method) ?? typeof(object);
            return (RemoteMethod)Activator.CreateInstance(typeof(RemoteMethod<>).MakeGenericType(resultType), method)!;
        }

        public abstract object Invoke(RemoteGrainProxy proxy, object?[] args);

        protected GrainCallRequest BuildRequest(RemoteGrainProxy proxy, object?[] args)
        {
            var elements = new JsonElement[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                elements[i] = _parameterTypes[i] == typeof(CancellationToken)
                    ? JsonSerializer.SerializeToElement<object?>(null)
                    : JsonSerializer.SerializeToElement(args[i], _parameterTypes[i], GrainJson.Options);
            }

            return new GrainCallRequest(proxy.Interface, proxy.Key, GrainInterfaceMethods.GetMethodId(method), elements);
        }
    }

    private sealed class RemoteMethod<TResult>(MethodInfo method) : RemoteMethod(method)
    {
        private readonly bool _hasResult = GrainInterfaceMethods.GetResultType(method) is not null;

        public override object Invoke(RemoteGrainProxy proxy, object?[] args)
        {
            var task = CallAsync(proxy, BuildRequest(proxy, args));
            var returnType = Method.ReturnType;
            if (returnType == typeof(Task))
            {
                return task;
            }

            if (returnType == typeof(ValueTask))
            {
                return new ValueTask(task);
            }

            return returnType.GetGenericTypeDefinition() == typeof(ValueTask<>) ? new ValueTask<TResult>(task) : task;
        }

        private async Task<TResult> CallAsync(RemoteGrainProxy proxy, GrainCallRequest request)
        {
            var response = await proxy.Client.CallAsync(request);
            if (response.Exception is { } exception)
            {
                throw exception.ToException();
            }

            return _hasResult && response.Result is { } result ? result.Deserialize<TResult>(GrainJson.Options)! : default!;
        }
    }
}
