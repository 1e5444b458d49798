namespace Karmada.Orleans.Patching.FieldManagement;

/// <summary>
/// A set of field paths stored as a trie: at each level the elements that are themselves in the set (members)
/// and the elements below which the set has more paths (children). A path can be both (a list item owned as a
/// whole, <c>"."</c> in <c>fieldsV1</c>, and fields inside it). Set operations return new sets.
/// </summary>
public sealed class FieldSet
{
    // Created on first use: most levels of a field set have members only or children only, and a
    // field set is built for every write.
    private SortedSet<PathElement>? _members;
    private SortedDictionary<PathElement, FieldSet>? _children;

    public static FieldSet Empty => new();

    /// <summary>Elements at this level that are in the set.</summary>
    public IReadOnlyCollection<PathElement> Members => (IReadOnlyCollection<PathElement>?)_members ?? [];

    /// <summary>Elements at this level with paths of the set below them.</summary>
    public IEnumerable<KeyValuePair<PathElement, FieldSet>> Children => (IEnumerable<KeyValuePair<PathElement, FieldSet>>?)_children ?? [];

    public bool IsEmpty => (_members is null || _members.Count == 0) && (_children is null || _children.Count == 0);

    /// <summary>Adds <paramref name="path"/>; the empty path (the whole object) is never tracked.</summary>
    public void Insert(IReadOnlyList<PathElement> path)
    {
        if (path.Count == 0)
        {
            return;
        }

        var level = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            level = level.ChildOrAdd(path[i]);
        }

        level.AddMember(path[^1]);
    }

    public bool Has(IReadOnlyList<PathElement> path)
    {
        var level = this;
        for (var i = 0; i < path.Count - 1; i++)
        {
            if (level._children is null || !level._children.TryGetValue(path[i], out var next))
            {
                return false;
            }

            level = next;
        }

        return path.Count > 0 && level.HasMember(path[^1]);
    }

    /// <summary>The part of the set below <paramref name="element"/>, or null.</summary>
    public FieldSet? Child(PathElement element) => _children is not null && _children.TryGetValue(element, out var child) ? child : null;

    public bool HasMember(PathElement element) => _members is not null && _members.Contains(element);

    public FieldSet Union(FieldSet other)
    {
        var result = Clone();
        result.UnionWith(other);
        return result;
    }

    /// <summary>Paths of this set not in <paramref name="other"/>. A member of <paramref name="other"/> does not remove
    /// paths below it (ownership of a list item is distinct from ownership of its fields).</summary>
    public FieldSet Difference(FieldSet other)
    {
        var result = new FieldSet();
        if (_members is not null)
        {
            foreach (var member in _members)
            {
                if (!other.HasMember(member))
                {
                    result.AddMember(member);
                }
            }
        }

        if (_children is not null)
        {
            foreach (var (element, child) in _children)
            {
                var remaining = other.Child(element) is { } otherChild ? child.Difference(otherChild) : child.Clone();
                if (!remaining.IsEmpty)
                {
                    result.SetChild(element, remaining);
                }
            }
        }

        return result;
    }

    public FieldSet Intersection(FieldSet other)
    {
        var result = new FieldSet();
        if (_members is not null)
        {
            foreach (var member in _members)
            {
                if (other.HasMember(member))
                {
                    result.AddMember(member);
                }
            }
        }

        if (_children is not null)
        {
            foreach (var (element, child) in _children)
            {
                if (other.Child(element) is { } otherChild)
                {
                    var both = child.Intersection(otherChild);
                    if (!both.IsEmpty)
                    {
                        result.SetChild(element, both);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Every path, members of a level before the paths below it, each level in element order.</summary>
    public IEnumerable<FieldPath> Paths() => PathsUnder([]);

    public FieldSet Clone()
    {
        var copy = new FieldSet();
        copy.UnionWith(this);
        return copy;
    }

    public override string ToString() => string.Join(", ", Paths());

    internal FieldSet ChildOrAdd(PathElement element)
    {
        _children ??= [];
        if (!_children.TryGetValue(element, out var child))
        {
            child = new FieldSet();
            _children[element] = child;
        }

        return child;
    }

    internal void AddMember(PathElement element) => (_members ??= []).Add(element);

    internal void RemoveEmptyChild(PathElement element)
    {
        if (_children is not null && _children.TryGetValue(element, out var child) && child.IsEmpty)
        {
            _children.Remove(element);
        }
    }

    private void SetChild(PathElement element, FieldSet child) => (_children ??= [])[element] = child;

    private void UnionWith(FieldSet other)
    {
        if (other._members is { Count: > 0 })
        {
            (_members ??= []).UnionWith(other._members);
        }

        if (other._children is not null)
        {
            foreach (var (element, child) in other._children)
            {
                ChildOrAdd(element).UnionWith(child);
            }
        }
    }

    private IEnumerable<FieldPath> PathsUnder(List<PathElement> prefix)
    {
        foreach (var member in Members)
        {
            yield return new FieldPath([.. prefix, member]);
        }

        foreach (var (element, child) in Children)
        {
            prefix.Add(element);
            foreach (var path in child.PathsUnder(prefix))
            {
                yield return path;
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }
}
