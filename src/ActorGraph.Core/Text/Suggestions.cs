namespace ActorGraph.Core.Text;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggestions
{
    /// <summary>Up to <paramref name="max"/> candidates closest to <paramref name="input"/>, best first,
    /// keeping only those within a distance of a third of the longer string (at least 1), or that contain
    /// the input (3 characters or more). A swap of two neighbouring letters counts as one edit.</summary>
    /// <remarks>The floor is 1, not 2: two edits turn most four-letter words into others ('note' into
    /// 'date'), and a suggestion that has nothing to do with what was typed is worse than none.</remarks>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        var needle = input.Trim().ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(needle, c.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(1, Math.Max(needle.Length, x.Candidate.Length) / 3)
                        || x.Candidate.Contains(needle, StringComparison.OrdinalIgnoreCase) && needle.Length >= 3)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>Edit distance with adjacent transpositions (optimal string alignment): insert, delete,
    /// substitute and swap two neighbouring characters each cost 1. O(|a|·|b|) time, O(|b|) space.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var twoBack = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
            }
            (twoBack, previous, current) = (previous, current, twoBack);
        }
        return previous[b.Length];
    }
}
