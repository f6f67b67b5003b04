namespace ActorGraph.Analysis.Centrality;

/// <summary>How an estimated betweenness ranking was drawn and how far it can be from the exact one: every actor's score
/// is within <paramref name="ErrorBound"/> of its exact normalised betweenness with probability at least
/// <paramref name="Confidence"/> (Riondato and Kornaropoulos' bound for <paramref name="Samples"/> random shortest paths).</summary>
/// <param name="Samples">Shortest paths drawn between uniformly random pairs of actors (seed 1).</param>
/// <param name="ErrorBound">The largest difference from the exact score, on the score's own scale (normalised by (n−1)(n−2)).</param>
/// <param name="Confidence">The probability, 1 − δ, that no actor's score is further than <paramref name="ErrorBound"/> off.</param>
/// <param name="VertexDiameterBound">The bound on the most actors on any shortest chain used for the sample size
/// (<see cref="VertexDiameter.UpperBound"/>: safe on directed graphs, argued there).</param>
public sealed record BetweennessEstimate(int Samples, double ErrorBound, double Confidence, int VertexDiameterBound);
