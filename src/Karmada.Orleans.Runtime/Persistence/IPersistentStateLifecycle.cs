namespace Karmada.Orleans.Persistence;

/// <summary>Lets the activation read constructor-injected state before OnActivateAsync.</summary>
internal interface IPersistentStateLifecycle
{
    Task ReadStateAsync();
}
