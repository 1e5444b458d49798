namespace Karmada.Orleans;

/// <summary>The identity of a grain: its stable type name and its key.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";

    public static GrainId Parse(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }

        return new GrainId(value[..slash], value[(slash + 1)..]);
    }
}
