using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Recognition;
using ActorGraph.Reading.Rules;

namespace ActorGraph.Reading;

/// <summary>What can only be done once a report is read: relations waiting for the main pair of sides,
/// acts of envoys that are also acts of their state, processes, and the final, de-duplicated lists.</summary>
internal sealed class FinishReading(
    ReportInfo info,
    DocumentActors actors,
    Discourse discourse,
    List<RawRelation> relations,
    List<PendingRelation> pending,
    List<MediationCue> cues,
    Dictionary<int, SentenceNote> notes,
    List<string> remarks,
    List<RosterEntry> rosters)
{
    public ReadingResult Run(int paragraphs, int sentences)
    {
        DomesticSides.PartyTies(actors.All, relations);
        var mediators = cues.SelectMany(c => c.Mediators).ToHashSet();
        var main = MainConflict.Find(relations, mediators);
        UnplacedHeads.Place(discourse, actors, main, mediators, relations);
        ResolvePending(main);
        ActsOfEnvoys();

        DocActor? placeholder = null;
        DocActor Placeholder()
        {
            if (placeholder is not null) return placeholder;
            placeholder = actors.GetOrCreate("Other parties (unnamed)", ActorKind.Other, null, cues[0].Where, "unnamed-party");
            placeholder.Description = "The other side of the talks, which the report does not name.";
            placeholder.Confidence = 0.4;
            return placeholder;
        }
        var built = ProcessBuilder.Build(cues, relations, discourse.Speakers, notes, Placeholder, remarks, discourse.LastPair,
            new ProcessBuilder.InView(discourse.Rivals, actors.All, discourse.PairSentences));
        built = built.Select(b => Roster(b, built)).ToList();
        foreach (var b in built)
        {
            relations.AddRange(b.Mediations);
            if (b.Placeholder is not null)
                remarks.Add($"{b.Process.Id}: only one party is named; the other side is the explicit placeholder '{b.Placeholder.Name}'.");
        }

        var kept = Deduplicate(relations);
        var used = kept.SelectMany(r => new[] { r.Source, r.Target }).Concat(built.SelectMany(b => b.Process.Parties.Concat(b.Process.Mediators).Select(Find)))
            .Where(a => a is not null).ToHashSet();
        var finalActors = actors.All.Where(a => !a.Weak || used.Contains(a)).ToList();
        var ids = finalActors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var proposedRelations = kept.Where(r => ids.Contains(r.Source.Id) && ids.Contains(r.Target.Id))
            .Select(r => new ProposedRelation(r.Source.Id, r.Target.Id, r.Kind, r.Modality, r.Date,
                r.Topics.Count > 0 ? r.Topics : Rules.Topics.In(r.Where.Sentence).ToList(), r.Where, r.Rule, r.Confidence, r.Quote, r.End))
            .ToList();
        return new ReadingResult(info, finalActors.Select(a => a.ToProposed()).ToList(), proposedRelations,
            built.Select(b => b.Process).ToList(), remarks, paragraphs, sentences);
    }

    /// <summary>Parties of multi-party talks beyond the pair: the sides said to take part in or join talks after the process's
    /// first cue (the latest process begun before the sentence), minus those that left them; the mediators mediate between them
    /// too. A process with an unnamed party, a side that is one of its mediators, or a mediator that leaves, is not changed.</summary>
    private ProcessBuilder.Built Roster(ProcessBuilder.Built b, List<ProcessBuilder.Built> all)
    {
        if (rosters.Count == 0 || b.Placeholder is not null) return b;
        int FirstCue(ProcessBuilder.Built x) => cues.Where(c => x.Process.Evidence.Contains(c.Where)).Select(c => c.SentenceIndex).DefaultIfEmpty(int.MaxValue).Min();
        var first = FirstCue(b);
        var mine = rosters.Where(r => r.SentenceIndex >= first && all.Where(o => FirstCue(o) <= r.SentenceIndex).MaxBy(FirstCue) == b).ToList();
        if (mine.Count == 0) return b;
        var mediatorIds = b.Process.Mediators.ToHashSet(StringComparer.Ordinal);
        var left = mine.Where(r => !r.Joins).Select(r => r.Side.Id).ToHashSet(StringComparer.Ordinal);
        var added = mine.Where(r => r.Joins && !left.Contains(r.Side.Id) && !mediatorIds.Contains(r.Side.Id) && !b.Process.Parties.Contains(r.Side.Id)
            && !b.Process.Parties.Any(p => Find(p) is { } pa && pa.Kind is ActorKind.State or ActorKind.Government && pa.Country is { } c && r.Side.Country == c && r.Side.Kind is ActorKind.State or ActorKind.Government))
            .Select(r => r.Side).Distinct().ToList();
        if (added.Count == 0) return b;
        var mediations = b.Mediations.ToList();
        foreach (var mediator in b.Process.Mediators.Select(Find).Where(m => m is not null).Select(m => m!))
        {
            var like = b.Mediations.FirstOrDefault(r => r.Source == mediator);
            if (like is null) continue;
            foreach (var side in added)
                mediations.Add(new RawRelation(mediator, side, RelationVocabulary.Mediates, like.Modality, like.Date, like.Where, "process-mediator/roster", like.Confidence, like.Quote) { Topics = like.Topics });
        }
        remarks.Add($"{b.Process.Id}: parties read from who took part in or joined the talks: {string.Join(", ", added.Select(a => a.Name))}.");
        return b with { Process = b.Process with { Parties = [.. b.Process.Parties, .. added.Select(a => a.Id)] }, Mediations = mediations };
    }

    private DocActor? Find(string id) => actors.All.FirstOrDefault(a => a.Id == id);

    private void ResolvePending((DocActor A, DocActor B)? main)
    {
        if (main is not { } pair) return;
        foreach (var p in pending)
        {
            if (p.Source is null)
            {
                relations.Add(new RawRelation(pair.A, pair.B, p.Rule.Kind, p.Modality, p.Date, p.Where, p.Rule.Name + "/main-conflict", p.Rule.Confidence - 0.15, p.Quote));
                continue;
            }
            // A person speaks for the side their title ties them to ("the government's chief negotiator rejected the demand").
            var side = p.Source.Office is { } office && (office.Affiliation == pair.A || office.Affiliation == pair.B) ? office.Affiliation : p.Source;
            var other = side == pair.A ? pair.B : side == pair.B ? pair.A : null;
            if (other is not null)
                relations.Add(new RawRelation(p.Source, other, p.Rule.Kind, p.Modality, p.Date, p.Where, p.Rule.Name + "/counterpart", p.Rule.Confidence - 0.15, p.Quote));
        }
    }

    private void ActsOfEnvoys()
    {
        // Envoys and delegations act for their state or group: "US envoys engage Egypt" is also "the US engages Egypt".
        var parents = relations.Where(r => r.Kind == RelationVocabulary.PartOf && r.Rule.StartsWith("group-of-actor", StringComparison.Ordinal))
            .GroupBy(r => r.Source).ToDictionary(g => g.Key, g => g.First().Target);
        foreach (var r in relations.ToList())
        {
            if (r.Kind.Sign != RelationSign.Cooperative || r.Kind == RelationVocabulary.Meets || !parents.TryGetValue(r.Source, out var parent) || parent == r.Target) continue;
            relations.Add(r with { Source = parent, Rule = r.Rule + "/acts-for", Confidence = r.Confidence - 0.1 });
        }
    }

    private static List<RawRelation> Deduplicate(List<RawRelation> all)
    {
        var best = new Dictionary<(string, string, string), RawRelation>();
        var order = new List<(string, string, string)>();
        foreach (var r in all)
        {
            var (a, b) = r.Kind.Directed || string.CompareOrdinal(r.Source.Id, r.Target.Id) < 0 ? (r.Source.Id, r.Target.Id) : (r.Target.Id, r.Source.Id);
            var key = (a, b, r.Kind.Name);
            if (!best.TryGetValue(key, out var known)) { best[key] = r; order.Add(key); continue; }
            if (Rank(r.Modality) < Rank(known.Modality)) best[key] = r with { Date = r.Date ?? known.Date };
            else if (known.Date is null && r.Date is not null) best[key] = known with { Date = r.Date, End = r.End };
        }
        return order.Select(k => best[k]).ToList();
    }

    private static int Rank(Modality m) => m switch { Modality.Reported => 0, Modality.Claimed => 1, Modality.Hoped => 2, _ => 3 };
}
