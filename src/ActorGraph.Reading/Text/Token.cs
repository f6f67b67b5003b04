namespace ActorGraph.Reading.Text;

/// <summary>A word or punctuation mark of a sentence, with its offsets in the sentence text.</summary>
/// <param name="Text">The token as written.</param>
/// <param name="Start">Offset of the first character in the sentence.</param>
/// <param name="End">Offset just past the last character.</param>
internal readonly record struct Token(string Text, int Start, int End)
{
    /// <summary>Lower-case form with typographic apostrophes folded, used for lookups; computed once, as the
    /// recognisers ask for it many times per token.</summary>
    public string Key { get; } = Tokenizer.KeyOf(Text);

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True for a word (letters or digits), false for punctuation.</summary>
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
}
