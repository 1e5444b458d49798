namespace Karmada.Orleans.ApiServer.Tables;

/// <summary>A column of a meta.k8s.io/v1 Table; priority 1 columns show with -o wide.</summary>
public sealed record TableColumn(string Name, string Type, string Description, int Priority = 0, string Format = "");
