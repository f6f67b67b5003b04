using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Gdelt;

/// <summary>One parsed GDELT row of a <see cref="GdeltBlock"/>: the validated numbers and, as ranges into
/// the block's text, the fields aggregation reads; or why the row is skipped.</summary>
internal struct GdeltRow
{
    /// <summary>0-based line offset within the block.</summary>
    public int Line;
    /// <summary>Null for a good row; the skip reason otherwise.</summary>
    public SkipReason? Skip;
    /// <summary>The skip detail, made on the worker for the first rows only (null later: the reason's label).</summary>
    public string? Detail;
    public DateOnly Date;
    /// <summary>The day GDELT added the article (DATEADDED), or null when that field is not a date.</summary>
    public DateOnly? Published;
    public EventMapping Mapping;
    public double Goldstein;
    public int Sources;
    public long EventId;
    public CodeText Code;
    public ActorRanges Actor1;
    public ActorRanges Actor2;
    public Range Url;
    /// <summary>For UTF-8 input: SOURCEURL as a range of the block's bytes (<see cref="GdeltBlock.Bytes"/>), left undecoded
    /// (<see cref="Url"/> is then unused); empty when the row has no URL column.</summary>
    public Range UrlBytes;
}

/// <summary>The five actor fields of a row, as ranges into the block's text.</summary>
internal struct ActorRanges
{
    public Range Key;
    public Range Name;
    public Range Country;
    public Range Group;
    public Range Type;

    public readonly ActorFields In(ReadOnlySpan<char> text) => new(text[Key], text[Name], text[Country], text[Group], text[Type]);
}
