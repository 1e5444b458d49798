namespace Karmada.Orleans.ApiServer.Http;

public enum ResponseShape
{
    Object,
    Table,
    PartialObjectMetadata,
}

/// <summary>What representation the client asked for in Accept (kubectl asks for Tables, garbage collectors for metadata).</summary>
public static class AcceptHeader
{
    public static ResponseShape Shape(string? accept)
    {
        if (string.IsNullOrEmpty(accept))
        {
            return ResponseShape.Object;
        }

        // The first acceptable media type wins; kubectl lists Table first and plain JSON as the fallback.
        foreach (var part in accept.Split(','))
        {
            var p = part.Trim();
            if (p.Contains("as=Table", StringComparison.Ordinal) && p.Contains("g=meta.k8s.io", StringComparison.Ordinal))
            {
                return ResponseShape.Table;
            }

            if (p.Contains("as=PartialObjectMetadata", StringComparison.Ordinal))
            {
                return ResponseShape.PartialObjectMetadata;
            }

            if (p.StartsWith("application/json", StringComparison.Ordinal) || p.StartsWith("*/*", StringComparison.Ordinal) || p.StartsWith("application/yaml", StringComparison.Ordinal))
            {
                return ResponseShape.Object;
            }
        }

        return ResponseShape.Object;
    }

    /// <summary>The aggregated discovery version the client accepts (v2 or v2beta1), or null for legacy discovery.</summary>
    public static string? AggregatedDiscovery(string? accept)
    {
        if (accept is null)
        {
            return null;
        }

        foreach (var part in accept.Split(','))
        {
            if (part.Contains("as=APIGroupDiscoveryList", StringComparison.Ordinal) && part.Contains("g=apidiscovery.k8s.io", StringComparison.Ordinal))
            {
                if (part.Contains("v=v2beta1", StringComparison.Ordinal))
                {
                    return "v2beta1";
                }

                if (part.Contains("v=v2", StringComparison.Ordinal))
                {
                    return "v2";
                }
            }
        }

        return null;
    }
}
