namespace ActorGraph.Reading.Input;

/// <summary>Why a report could not be read.</summary>
public enum ReadingError
{
    /// <summary>The file holds no text.</summary>
    Empty,
    /// <summary>The file is not text (NUL bytes, control characters).</summary>
    Binary,
    /// <summary>The file is larger than the size limit (raise it with <c>--max-bytes</c>).</summary>
    TooLarge,
    /// <summary>A paragraph is longer than the paragraph limit (no blank lines in a huge file).</summary>
    ParagraphTooLong,
    /// <summary>No article text: only navigation, menus or short fragments.</summary>
    NoArticle,
    /// <summary>The text is not in English, the only language the rules read.</summary>
    UnsupportedLanguage,
    /// <summary>The file could not be opened or read.</summary>
    Unreadable,
    /// <summary>The report yields more facts than the limit.</summary>
    TooManyFacts,
    /// <summary>The text names no actor the rules recognise, so there is nothing to propose.</summary>
    NoActors,
}
