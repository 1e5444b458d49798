using System.Collections.Concurrent;
using System.Reflection;

namespace Karmada.Orleans.Streams;

/// <summary>Calls IAsyncObserver{T}.OnNextAsync on an observer whose T is known only at run time.</summary>
internal static class ObserverInvoker
{
    private static readonly ConcurrentDictionary<(Type Observer, Type? Item), Func<object, object?, StreamSequenceToken, Task>?> Cache = new();

    public static Task InvokeAsync(object observer, object? item, StreamSequenceToken token)
    {
        var call = Cache.GetOrAdd((observer.GetType(), item?.GetType()), static key => Build(key.Observer, key.Item));
        if (call is null)
        {
            throw new InvalidOperationException($"{observer.GetType().FullName} does not observe events of type {item?.GetType().FullName ?? "null"}.");
        }

        return call(observer, item, token);
    }

    private static Func<object, object?, StreamSequenceToken, Task>? Build(Type observerType, Type? itemType)
    {
        var candidates = observerType.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncObserver<>))
            .Where(i => itemType is null ? !i.GetGenericArguments()[0].IsValueType : i.GetGenericArguments()[0].IsAssignableFrom(itemType))
            .ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var method = candidates[0].GetMethod(nameof(IAsyncObserver<object>.OnNextAsync))!;
        return (observer, item, token) =>
        {
            try
            {
                return (Task)method.Invoke(observer, [item, token])!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                return Task.FromException(ex.InnerException);
            }
        };
    }
}
