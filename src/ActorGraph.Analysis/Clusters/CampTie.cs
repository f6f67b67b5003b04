namespace ActorGraph.Analysis.Clusters;

/// <summary>One tie that counts for or against putting two actors in one camp.</summary>
/// <param name="OtherId">The actor at the other end.</param>
/// <param name="Kind">The relation kind (e.g. <c>allied</c>, <c>armed-conflict</c>), or <c>co-party</c> for two parties of one process.</param>
/// <param name="EvidenceId">The relation id, or the process id for a co-party tie.</param>
/// <param name="Strength">Its weight in the clustering (strength × confidence; a process's confidence for co-parties).</param>
/// <param name="SameCamp">True when the other actor ended up in the same camp.</param>
public sealed record CampTie(string OtherId, string Kind, string EvidenceId, double Strength, bool SameCamp);
