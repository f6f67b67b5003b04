using System.Collections.Frozen;
using ActorGraph.Core.Text;

namespace ActorGraph.Import.Canonical;

/// <summary>Countries and CAMEO regions by code (ISO 3166-1 alpha-3 or CAMEO) and by name or common
/// variant ("Russian Federation", "Iran, Islamic Republic of", "Türkiye"), from the embedded
/// <c>countries.tsv</c> (sources in its header).</summary>
public static class CountryTable
{
    private static readonly FrozenDictionary<string, Country> ByCodeMap;
    private static readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> ByCodeSpan;
    private static readonly FrozenDictionary<string, Country> ByNameMap;
    private static readonly FrozenDictionary<string, Country> ByWordsMap;

    static CountryTable()
    {
        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>(StringComparer.Ordinal);
        var byWords = new Dictionary<string, Country?>(StringComparer.Ordinal);
        foreach (var cells in CodeTableFile.Rows("countries.tsv"))
        {
            var variants = cells.Length > 4 && cells[4].Length > 0 ? cells[4].Split(';') : [];
            var country = new Country(cells[0], cells[2], cells[3] == "region", variants);
            byCode[country.Code] = country;
            if (cells[1].Length > 0) foreach (var other in cells[1].Split(';')) byCode.TryAdd(other, country);
            byName.TryAdd(NameKey.Of(country.Name), country);
            foreach (var v in variants) byName.TryAdd(NameKey.Of(v), country);
            foreach (var n in variants.Prepend(country.Name)) AddWords(byWords, CountryWordKey.Of(n), country);
        }
        // Codes are names too ("USA" typed or written in a country column).
        foreach (var (code, country) in byCode) byName.TryAdd(NameKey.Of(code), country);
        ByCodeMap = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        ByCodeSpan = ByCodeMap.GetAlternateLookup<ReadOnlySpan<char>>();
        ByNameMap = byName.ToFrozenDictionary(StringComparer.Ordinal);
        ByWordsMap = byWords.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    /// <summary>Adds a word key; a key two entries share is kept as ambiguous (null) and never matches.</summary>
    private static void AddWords(Dictionary<string, Country?> byWords, string key, Country country)
    {
        if (key.Length == 0) return;
        if (byWords.TryGetValue(key, out var existing)) { if (!ReferenceEquals(existing, country)) byWords[key] = null; }
        else byWords[key] = country;
    }

    /// <summary>The country or region with this CAMEO or ISO alpha-3 code (any case), or null.</summary>
    public static Country? ByCode(ReadOnlySpan<char> code)
    {
        code = code.Trim();
        return code.Length == 3 && ByCodeSpan.TryGetValue(code, out var c) ? c : null;
    }

    /// <summary>The country whose name, variant or code this is, ignoring case, accents and
    /// punctuation, then word order, <c>of</c>/<c>the</c>/<c>and</c> and common abbreviations
    /// (<see cref="CountryWordKey"/>); null for anything else (including ICEWS's <c>NA</c>).</summary>
    public static Country? ByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 3 && ByCode(name) is { } byCode) return byCode;
        var key = NameKey.Of(name);
        if (key.Length <= 2) return null;
        return ByNameMap.TryGetValue(key, out var c) || ByWordsMap.TryGetValue(CountryWordKey.Of(name), out c) ? c : null;
    }

    /// <summary>Every entry, for tests and documentation.</summary>
    public static IEnumerable<Country> All => ByCodeMap.Values.Distinct();
}
