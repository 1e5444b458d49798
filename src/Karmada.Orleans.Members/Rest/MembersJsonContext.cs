using System.Text.Json;
using System.Text.Json.Serialization;
using Karmada.Orleans.Members.Discovery;
using Karmada.Orleans.Members.Errors;

namespace Karmada.Orleans.Members.Rest;

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(VersionInfo))]
[JsonSerializable(typeof(ApiVersions))]
[JsonSerializable(typeof(ApiGroupList))]
[JsonSerializable(typeof(ApiGroup))]
[JsonSerializable(typeof(ApiResourceList))]
[JsonSerializable(typeof(Status))]
internal sealed partial class MembersJsonContext : JsonSerializerContext;
