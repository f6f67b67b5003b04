using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Rules;

/// <summary>Guests of a signing: "(a ceremony) witnessed by X", and "signed ... in the presence of X" or "in the presence of X, ...
/// signed" (the presence phrase in the
/// clause of a signing or a ceremony). Such a cue names those who attended, not those who brokered; the process keeps them as
/// mediators only when no other cue of the same talks names a broker (<see cref="ProcessBuilder"/>). "Talks held in the presence
/// of X" or "in the presence of and supported by X" stay mediation cues.</summary>
internal static partial class SigningGuests
{
    public static bool IsGuest(MediationCue cue) =>
        cue.Rule == "witnessed-by"
        || cue.Rule == "witnessed-or-auspices" && cue.Quote.Contains("presence of", StringComparison.OrdinalIgnoreCase) && PresenceAtSigning().IsMatch(cue.Sentence);

    /// <summary>The guests' own words name a broker ("in the presence of Annan and of President Kikwete, who had succeeded Kufuor as
    /// Chairman of the AU", "Cardinal Casaroli, Secretary of State of His Holiness"): those present are the brokers' own people.</summary>
    public static bool NamesAny(MediationCue cue, IReadOnlyList<Recognition.DocActor> brokers)
    {
        var at = cue.Sentence.IndexOf("presence of", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var tail = cue.Sentence[at..];
        return brokers.Any(b => new[] { b.Name }.Concat(b.Aliases).Any(n => n.Length >= 4 && tail.Contains(n, StringComparison.Ordinal))
            || Titles(b).Any(t => tail.Contains("of " + t, StringComparison.Ordinal)));
    }

    /// <summary>A person broker's titles of two words or more, from aliases such as "His Holiness John Paul II".</summary>
    private static IEnumerable<string> Titles(Recognition.DocActor b)
    {
        if (b.Kind != Core.Model.ActorKind.Person) yield break;
        foreach (var alias in b.Aliases)
        {
            if (!alias.EndsWith(" " + b.Name, StringComparison.Ordinal)) continue;
            var title = alias[..^(b.Name.Length + 1)];
            if (title.Contains(' ', StringComparison.Ordinal)) yield return title;
        }
    }

    // Either order: "signed ... in the presence of X" or "In the presence of X, the parties signed ..." (the phrase heads the clause).
    [GeneratedRegex(@"\b(?:sign(?:ed|s|ing)?|initial(?:l)?ed|ceremony)\b[^.;:]{0,200}?\bin the presence of\b(?! and supported)|\bin the presence of\b(?! and supported)[^.;:]{0,200}?\b(?:signed|initial(?:l)?ed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PresenceAtSigning();
}
