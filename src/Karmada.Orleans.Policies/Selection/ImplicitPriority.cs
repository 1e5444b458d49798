namespace Karmada.Orleans.Policies;

/// <summary>
/// How specifically a policy's resourceSelectors select an object: a selector by name beats one by
/// labels, which beats one that selects the whole kind (or a policy with no selectors at all).
/// </summary>
public enum ImplicitPriority
{
    MisMatch = 0,
    MatchAll = 1,
    MatchLabelSelector = 2,
    MatchName = 3,
}
