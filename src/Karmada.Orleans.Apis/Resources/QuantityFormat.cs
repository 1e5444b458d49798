namespace Karmada.Orleans.Apis;

/// <summary>How a <see cref="Quantity"/> prints: the family of its suffix, as in Kubernetes.</summary>
public enum QuantityFormat
{
    /// <summary>Powers of 1000: n, u, m, "", k, M, G, T, P, E.</summary>
    DecimalSI,

    /// <summary>Powers of 1024: Ki, Mi, Gi, Ti, Pi, Ei.</summary>
    BinarySI,

    /// <summary>Scientific notation: 1e3, 5e-3.</summary>
    DecimalExponent,
}
