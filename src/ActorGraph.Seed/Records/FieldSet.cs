using System.Collections.Frozen;
using System.Collections.Immutable;
using ActorGraph.Core.Text;

namespace ActorGraph.Seed.Records;

/// <summary>The field names one kind of record may carry, by position, with the format each is allowed in.</summary>
internal sealed class FieldSet
{
    private readonly FrozenDictionary<string, int> _byName;
    private readonly ImmutableArray<SeedFormat?> _onlyIn;

    /// <summary>Builds a field set; a name prefixed with <c>yaml:</c> or <c>csv:</c> is allowed only in that format.</summary>
    public FieldSet(string entity, params string[] names)
    {
        Entity = entity;
        var plain = new string[names.Length];
        var onlyIn = new SeedFormat?[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            (plain[i], onlyIn[i]) = names[i] switch
            {
                var n when n.StartsWith("yaml:", StringComparison.Ordinal) => (n[5..], SeedFormat.Yaml),
                var n when n.StartsWith("csv:", StringComparison.Ordinal) => (n[4..], (SeedFormat?)SeedFormat.Csv),
                var n => (n, null),
            };
        }
        Names = [.. plain];
        _onlyIn = [.. onlyIn];
        _byName = Names.Select((n, i) => KeyValuePair.Create(n, i)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>What a record of this set is called in messages ("actor").</summary>
    public string Entity { get; }

    /// <summary>Field names in position order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The position of a field allowed in <paramref name="format"/>, or -1.</summary>
    public int IndexOf(string name, SeedFormat format) =>
        _byName.TryGetValue(name.Trim(), out var i) && (_onlyIn[i] is null || _onlyIn[i] == format) ? i : -1;

    /// <summary>The message for a field name this set does not know in <paramref name="format"/>.</summary>
    public string UnknownFieldMessage(string name, SeedFormat format)
    {
        if (_byName.TryGetValue(name.Trim(), out var i) && _onlyIn[i] is { } only)
        {
            return only == SeedFormat.Yaml
                ? $"field '{name}' is not supported in CSV {Entity} files; put these {Entity} records in a YAML file"
                : $"field '{name}' is only for CSV files; in YAML write 'evidence:' as a list of {{source, locator, note}}";
        }
        var allowed = AllowedNames(format).ToList();
        var closest = Suggestions.Closest(name, allowed, 1);
        return closest.Count > 0
            ? $"unknown {Entity} field '{name}'; did you mean '{closest[0]}'?"
            : $"unknown {Entity} field '{name}'; known fields: {string.Join(", ", allowed)}";
    }

    private IEnumerable<string> AllowedNames(SeedFormat format) =>
        Names.Where((_, i) => _onlyIn[i] is null || _onlyIn[i] == format);
}
