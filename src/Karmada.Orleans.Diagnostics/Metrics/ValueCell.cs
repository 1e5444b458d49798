namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>One double that threads add to or set without locks.</summary>
public sealed class ValueCell
{
    private double _value;

    public double Value => Volatile.Read(ref _value);

    public void Add(double amount)
    {
        double seen;
        do
        {
            seen = Volatile.Read(ref _value);
        }
        while (Interlocked.CompareExchange(ref _value, seen + amount, seen) != seen);
    }

    public void Set(double value) => Volatile.Write(ref _value, value);
}
