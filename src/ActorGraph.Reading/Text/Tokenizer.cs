using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Text;

/// <summary>Splits a sentence into words and punctuation. Abbreviations with dots ("U.S.", "U.N.") stay
/// one token; hyphenated words ("Russo-Japanese") and possessives ("Hamas's") are split so that their parts
/// can be looked up, and names are rebuilt from the original text by offsets.</summary>
internal static partial class Tokenizer
{
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        foreach (var match in TokenPattern().EnumerateMatches(text))
        {
            var value = text.Substring(match.Index, match.Length);
            var possessive = value.Length > 2 && (value.EndsWith("'s", StringComparison.Ordinal) || value.EndsWith("’s", StringComparison.Ordinal));
            if (possessive)
            {
                tokens.Add(new Token(value[..^2], match.Index, match.Index + match.Length - 2));
                tokens.Add(new Token("'s", match.Index + match.Length - 2, match.Index + match.Length));
            }
            else
            {
                tokens.Add(new Token(value, match.Index, match.Index + match.Length));
            }
        }
        return tokens;
    }

    /// <summary>The lookup key of one token: lower case, typographic apostrophe as ASCII.</summary>
    public static string KeyOf(string token) => token.Replace('’', '\'').ToLowerInvariant();

    /// <summary>The lookup key of a phrase: its tokens' keys joined by single spaces.</summary>
    public static string PhraseKey(string phrase) => string.Join(' ', Tokenize(phrase).Select(t => t.Key));
}
