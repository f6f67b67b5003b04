using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>The state whose capital opens a sentence as a news dateline: "KAMPALA — President Museveni said ...",
/// "KAMPALA, March 3 (Reuters) - ...". The capital must be the sentence's first words, written in capitals or followed
/// right away by the dash, and only punctuation, numbers and capitalised words (a date, an agency) may stand between it and
/// the dash, within <see cref="MaxBeforeDash"/> tokens. A sentence that has the head travel ("arrived", "visiting") or
/// names the city again after the dash ("arrived in Nairobi") gives no state: the head may be a guest there. O(sentence).</summary>
internal static class DatelinePlace
{
    private const int MaxBeforeDash = 10;

    private static readonly HashSet<string> Travel = new(StringComparer.Ordinal)
    {
        "arrived", "arrives", "arriving", "visiting", "visit", "visits", "visited", "landed", "flew", "travelled", "traveled",
    };

    /// <summary>The dateline's state (created from the tables when the report has not named it yet), or null.</summary>
    public static DocActor? State(SentenceContext s)
    {
        if (s.Tokens.Count < 3 || s.Lexicon.Match(s.Tokens, 0, s.Text) is not { Entry.Form: EntryForm.Capital } capital) return null;
        if (capital.Entry.Actor.Kind != ActorKind.State || capital.Entry.Actor.Country is not { } country) return null;
        var dash = -1;
        for (var k = capital.Length; k < Math.Min(s.Tokens.Count, MaxBeforeDash); k++)
        {
            if (s.KeyAt(k) is "—" or "–" or "-") { dash = k; break; }
            if (s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalised && !char.IsDigit(s.Tokens[k].Text[0])) return null;
        }
        if (dash < 0) return null;
        var upper = Enumerable.Range(0, capital.Length).All(k => s.Tokens[k].Text.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        if (!upper && dash != capital.Length) return null;
        var city = Enumerable.Range(0, capital.Length).Select(s.KeyAt).ToArray();
        for (var k = dash + 1; k < s.Tokens.Count; k++)
        {
            if (Travel.Contains(s.KeyAt(k))) return null;
            if (k + city.Length <= s.Tokens.Count && city.Select((w, n) => s.KeyAt(k + n) == w).All(x => x)) return null;
        }
        return s.Lexicon.ByCountry.TryGetValue(country, out var state) ? s.Actors.FromTemplate(state, s.Where, "lexicon") : null;
    }
}
