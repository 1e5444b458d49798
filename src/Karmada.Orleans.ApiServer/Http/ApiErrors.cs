using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.ApiServer.Http;

/// <summary>Maps store failures to the Status kube-apiserver would answer.</summary>
public static class ApiErrors
{
    public static ApiException FromStore(StoreException error, ResourceDefinition definition, string? name) => error.Kind switch
    {
        StoreErrorKind.NotFound => new ApiException(404, "NotFound", error.Message) { DetailsName = name, DetailsGroup = NullIfEmpty(definition.Group), DetailsKind = definition.Plural },
        StoreErrorKind.AlreadyExists => new ApiException(409, "AlreadyExists", error.Message) { DetailsName = name, DetailsGroup = NullIfEmpty(definition.Group), DetailsKind = definition.Plural },
        StoreErrorKind.Conflict => new ApiException(409, "Conflict", error.Message) { DetailsName = name, DetailsGroup = NullIfEmpty(definition.Group), DetailsKind = definition.Plural },
        StoreErrorKind.Expired => new ApiException(410, "Expired", error.Message),
        _ => ApiException.BadRequest(error.Message),
    };

    public static ApiException NotFound(ResourceDefinition definition, string name) =>
        new(404, "NotFound", $"{definition.QualifiedResource} \"{name}\" not found") { DetailsName = name, DetailsGroup = NullIfEmpty(definition.Group), DetailsKind = definition.Plural };

    public static ApiException Invalid(ResourceDefinition definition, string name, IReadOnlyList<StatusCause> causes)
    {
        var list = causes.Select(c => $"{c.Field}: {c.Message}").ToList();
        var summary = list.Count == 1 ? list[0] : $"[{string.Join(", ", list)}]";
        return new ApiException(422, "Invalid", $"{definition.QualifiedKind} \"{name}\" is invalid: {summary}")
        {
            DetailsName = name,
            DetailsGroup = definition.Group,
            DetailsKind = definition.Kind,
            Causes = causes,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
