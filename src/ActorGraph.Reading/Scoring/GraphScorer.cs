using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Core.Text;

namespace ActorGraph.Reading.Scoring;

/// <summary>Compares a produced graph with a gold reading. Actors match by name or alias (normalised);
/// a relation matches a gold relation of the same kind between the same actors, in the same direction for
/// a directed kind, with the same modality (also reported without the modality check); process roles are
/// the parties and mediators of the produced process paired with each gold process by an optimal assignment (most shared
/// parties, then mediators: <see cref="ProcessMatching"/>).
/// Required facts count for recall; required and acceptable ones make a produced fact correct; actors in
/// must_not_appear are wrong.</summary>
public static class GraphScorer
{
    public static ScoreCard Score(ActorGraphData produced, GoldReading gold)
    {
        ArgumentNullException.ThrowIfNull(produced);
        ArgumentNullException.ThrowIfNull(gold);
        var goldKeys = gold.Actors.Select(a => new[] { a.Name }.Concat(a.Aliases).Select(NameKey.Of).Where(k => k.Length > 0).ToHashSet()).ToList();
        var forbiddenKeys = gold.MustNotAppear.Select(NameKey.Of).Where(k => k.Length > 0).ToHashSet();
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        var forbidden = new List<string>();
        var wrong = new List<string>();
        var missing = new List<string>();
        var correctActors = 0;
        foreach (var actor in produced.Actors)
        {
            var keys = ActorResolver.NamesOf(actor).Select(NameKey.Of).ToHashSet();
            if (keys.Overlaps(forbiddenKeys)) { forbidden.Add(actor.Name); wrong.Add($"actor {actor.Name} must not appear"); map[actor.Id] = -1; continue; }
            var index = goldKeys.FindIndex(g => NameKey.Of(actor.Name) is var k && g.Contains(k));
            if (index < 0) index = goldKeys.FindIndex(g => g.Overlaps(keys));
            // An explicit unnamed party matches the gold's unnamed party, whatever words each uses around "(unnamed)".
            if (index < 0 && Unnamed(actor.Name)) index = gold.Actors.ToList().FindIndex(g => Unnamed(g.Name));
            map[actor.Id] = index;
            if (index >= 0) correctActors++;
            else wrong.Add($"actor {actor.Name}");
        }
        var foundActors = new HashSet<int>(map.Values.Where(v => v >= 0));
        var requiredActors = Enumerable.Range(0, gold.Actors.Count).Where(i => gold.Actors[i].Required).ToList();
        missing.AddRange(requiredActors.Where(i => !foundActors.Contains(i)).Select(i => $"actor {gold.Actors[i].Name}"));
        var actors = new Measure(requiredActors.Count, requiredActors.Count(foundActors.Contains), produced.Actors.Length, correctActors);

        var strict = Relations(produced, gold, map, checkModality: true, missing, wrong);
        var lenient = Relations(produced, gold, map, checkModality: false, [], []);
        var roles = Roles(produced, gold, map, missing, wrong);
        return new ScoreCard(gold.Name, actors, strict, lenient, roles, forbidden, missing, wrong);
    }

    private static bool Unnamed(string name) => name.EndsWith("(unnamed)", StringComparison.OrdinalIgnoreCase);

    private static Measure Relations(ActorGraphData produced, GoldReading gold, Dictionary<string, int> map, bool checkModality, List<string> missing, List<string> wrong)
    {
        bool Match(Relation r, GoldRelation g)
        {
            if (r.Kind != g.Kind || (checkModality && !g.AnyModality && r.Modality != g.Modality)) return false;
            var s = map.GetValueOrDefault(r.Source, -1);
            var t = map.GetValueOrDefault(r.Target, -1);
            return (s == g.Source && t == g.Target) || (!g.Kind.Directed && s == g.Target && t == g.Source);
        }
        var required = gold.Relations.Where(g => g.Required).ToList();
        var found = required.Count(g => produced.Relations.Any(r => Match(r, g)));
        missing.AddRange(required.Where(g => !produced.Relations.Any(r => Match(r, g)))
            .Select(g => $"relation {gold.Actors[g.Source].Name} {g.Kind.Name} {gold.Actors[g.Target].Name} ({g.Modality.ToString().ToLowerInvariant()})"));
        var correct = 0;
        foreach (var r in produced.Relations)
        {
            if (gold.Relations.Any(g => Match(r, g))) correct++;
            else wrong.Add($"relation {r.Source} {r.Kind.Name} {r.Target} ({r.Modality.ToString().ToLowerInvariant()})");
        }
        return new Measure(required.Count, found, produced.Relations.Length, correct);
    }

    private static Measure Roles(ActorGraphData produced, GoldReading gold, Dictionary<string, int> map, List<string> missing, List<string> wrong)
    {
        var expected = 0;
        var found = 0;
        var matchedProduced = new HashSet<MediationProcess>();
        // An optimal one-to-one pairing of gold and produced processes (ProcessMatching), not the first best for each gold one.
        var pairing = ProcessMatching.Match(
            gold.Processes.Select(g => new ProcessMatching.Roles(g.Parties, g.Mediators)).ToList(),
            produced.Processes.Select(p => new ProcessMatching.Roles(
                p.Parties.Select(x => map.GetValueOrDefault(x, -1)).ToList(), p.Mediators.Select(x => map.GetValueOrDefault(x, -1)).ToList())).ToList());
        for (var gi = 0; gi < gold.Processes.Count; gi++)
        {
            var g = gold.Processes[gi];
            var goldRoles = g.Parties.Select(p => ("party", p)).Concat(g.Mediators.Select(m => ("mediator", m))).ToList();
            expected += goldRoles.Count;
            if (pairing[gi] < 0)
            {
                missing.Add($"process {g.Name}");
                continue;
            }
            var best = produced.Processes[pairing[gi]];
            matchedProduced.Add(best);
            var producedRoles = best.Parties.Select(p => ("party", map.GetValueOrDefault(p, -1))).Concat(best.Mediators.Select(m => ("mediator", map.GetValueOrDefault(m, -1)))).ToHashSet();
            foreach (var role in goldRoles)
            {
                if (role.Item2 >= 0 && producedRoles.Contains(role)) found++;
                else missing.Add($"{role.Item1} {(role.Item2 >= 0 ? gold.Actors[role.Item2].Name : "(unnamed)")} of {g.Name}");
            }
        }
        var producedCount = 0;
        var correct = 0;
        foreach (var p in produced.Processes)
        {
            foreach (var (role, id) in p.Parties.Select(x => ("party", x)).Concat(p.Mediators.Select(x => ("mediator", x))))
            {
                producedCount++;
                var index = map.GetValueOrDefault(id, -1);
                var ok = index >= 0 && matchedProduced.Contains(p) && gold.Processes.Any(g => (role == "party" ? g.Parties : g.Mediators).Contains(index));
                if (ok) correct++;
                else wrong.Add($"{role} {id} of {p.Name}");
            }
        }
        return new Measure(expected, found, producedCount, correct);
    }
}
