using System.Globalization;

namespace ActorGraph.Reading.Input;

/// <summary>Says whether a sample of text is English, the only language the rules read; if not, names the
/// script or the likely language, from function-word counts (no model).</summary>
internal static class LanguageCheck
{
    private static readonly HashSet<string> English = Words("the of and to in a is that for on with by as was were are at from has have it be this which");

    private static readonly (string Language, HashSet<string> Words)[] Others =
    [
        ("French", Words("le la les de des et du un une est que dans pour sur au aux par pas")),
        ("Spanish", Words("el la los las de y que en un una es por con para del se")),
        ("German", Words("der die das und ist nicht mit von zu den dem ein eine auf für im")),
        ("Portuguese", Words("o a os as de e que em um uma do da para com não")),
        ("Italian", Words("il lo la gli le di e che un una per con del della non è")),
        ("Dutch", Words("de het een en van in is dat op te met voor niet")),
        ("Indonesian or Malay", Words("yang dan di ke dari ini itu dengan untuk pada tidak")),
        ("Turkish", Words("ve bir bu da de için ile olarak çok daha")),
    ];

    /// <summary>Null when the sample reads as English (or is too short to judge); else the language or script.</summary>
    public static string? NotEnglish(string sample)
    {
        var letters = 0;
        var scripts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in sample)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            var script = Script(c);
            if (script is not null) scripts[script] = scripts.GetValueOrDefault(script) + 1;
        }
        if (letters < 40) return null;
        var top = scripts.OrderByDescending(kv => kv.Value).FirstOrDefault();
        if (top.Key is not null && top.Value > letters / 2) return top.Key + " script";

        var words = sample.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLower(CultureInfo.InvariantCulture)).ToList();
        if (words.Count < 20) return null;
        var english = words.Count(English.Contains);
        if (english >= words.Count * 0.05) return null;
        var best = Others.Select(o => (o.Language, Count: words.Count(o.Words.Contains))).MaxBy(x => x.Count);
        return best.Count >= words.Count * 0.05 ? best.Language : "an unrecognised language";
    }

    private static string? Script(char c) => c switch
    {
        >= '\u0400' and <= '\u04FF' => "Cyrillic",
        >= '\u0600' and <= '\u06FF' => "Arabic",
        >= '\u0590' and <= '\u05FF' => "Hebrew",
        >= '\u0370' and <= '\u03FF' => "Greek",
        >= '\u4E00' and <= '\u9FFF' => "Chinese (Han)",
        >= '\u3040' and <= '\u30FF' => "Japanese kana",
        >= '\uAC00' and <= '\uD7AF' => "Korean (Hangul)",
        >= '\u0900' and <= '\u097F' => "Devanagari",
        >= '\u0E00' and <= '\u0E7F' => "Thai",
        _ => null,
    };

    private static HashSet<string> Words(string list) => new(list.Split(' '), StringComparer.Ordinal);
}
