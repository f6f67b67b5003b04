namespace ActorGraph.Import.Aggregation;

/// <summary>One tie's running totals: event count, Goldstein sum, sources, first and last day, and its kept items
/// (a list through <see cref="TieTable.NextItem"/>, in input order).</summary>
internal struct TieTotals
{
    public int Count;
    public int FirstDay;
    public int LastDay;
    public int FirstItem;
    public int LastItem;
    public int ItemCount;
    public double GoldsteinSum;
    public long Sources;
}
