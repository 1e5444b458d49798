namespace Karmada.Orleans.Policies;

/// <summary>plaintext: the overriders of one rule as a single RFC 6902 patch on the whole object.</summary>
internal static class PlaintextOverriderApplier
{
    public static JsonObject Apply(JsonObject obj, IReadOnlyList<PlaintextOverrider> overriders)
    {
        JsonNode? document = obj;
        for (var i = 0; i < overriders.Count; i++)
        {
            var overrider = overriders[i];
            try
            {
                document = JsonPatcher.Apply(document, new PatchOperation(overrider.Operator, overrider.Path, overrider.Value.ToNode()));
            }
            catch (JsonPatchException e)
            {
                throw OverriderException.From($"plaintext[{i}]", e);
            }

            if (document is not JsonObject)
            {
                throw new OverriderException($"plaintext[{i}]", overrider.Path, "the patched object is no longer a JSON object");
            }
        }

        return (JsonObject)document!;
    }
}
