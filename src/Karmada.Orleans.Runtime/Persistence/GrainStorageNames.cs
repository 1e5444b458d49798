namespace Karmada.Orleans;

public static class GrainStorageNames
{
    public const string Default = "Default";
}
