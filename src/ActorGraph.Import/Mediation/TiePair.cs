namespace ActorGraph.Import.Mediation;

/// <summary>The key of a <see cref="TieIndex"/> list: two actor numbers (an unordered pair stored in order, or
/// (mediator, counterpart)). A record struct hashes with a multiply and an add, where a <c>(int, int)</c> key goes
/// through <c>HashCode.Combine</c>: the triangle probes look lists up millions of times. Dictionary order is
/// insertion order either way, so nothing the index gives changes.</summary>
internal readonly record struct TiePair(int X, int Y)
{
    public static implicit operator TiePair((int X, int Y) pair) => new(pair.X, pair.Y);
}
