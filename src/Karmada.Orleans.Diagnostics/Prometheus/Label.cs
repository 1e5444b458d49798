namespace Karmada.Orleans.Diagnostics.Prometheus;

/// <summary>One label of a sample: name="value".</summary>
public readonly record struct Label(string Name, string Value);
