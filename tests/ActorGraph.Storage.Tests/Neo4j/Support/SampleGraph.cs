using ActorGraph.Core.Model;

namespace ActorGraph.Storage.Tests.Neo4j.Support;

/// <summary>A small graph touching every stored field: dates, aliases, evidence with and without locators, outcomes.</summary>
public static class SampleGraph
{
    public static ActorGraphData Create()
    {
        var d = new DateOnly(2024, 3, 1);
        Actor[] actors =
        [
            new("qatar", "Qatar", ActorKind.State, ["State of Qatar"], "QA", "Gulf state"),
            new("hamas", "Hamas", ActorKind.ArmedGroup, []),
            new("israel", "Israel", ActorKind.State, ["IL", "Israeli government"], "IL"),
            new("egypt", "Egypt", ActorKind.State, []),
        ];
        Source[] sources = [new("reuters-1", "Talks resume", "Reuters", d, "https://example.org/r1"), new("note", "Analyst note")];
        Relation[] relations =
        [
            new("r1", "qatar", "hamas", RelationVocabulary.Mediates, 0.8, 0.9, new DateRange(d, null), ["hostages"], Modality.Reported,
                [new Evidence("reuters-1", "para 3", "quoted official"), new Evidence("note")]),
            new("r2", "israel", "hamas", RelationVocabulary.ArmedConflict, 1.0, 1.0, new DateRange(new DateOnly(2023, 10, 7), null), [], Modality.Reported, []),
            new("r3", "qatar", "israel", RelationVocabulary.Mediates, 0.6, 0.7, new DateRange(d, d.AddDays(30)), ["ceasefire"], Modality.Claimed,
                [new Evidence("reuters-1")], 3),
            new("r4", "israel", "hamas", RelationVocabulary.AgreesCeasefire, 0.5, 0.5, new DateRange(d, d), [], Modality.Hoped, []),
        ];
        MediationProcess[] processes =
        [
            new("doha-talks", "Doha talks", ["israel", "hamas"], ["qatar", "egypt"], ["hostages", "ceasefire"], ProcessStatus.Ongoing,
                new DateRange(new DateOnly(2023, 11, 1), null),
                [new ProcessOutcome(new DateOnly(2023, 11, 24), "Truce of four days", [new Evidence("reuters-1", "p1")])],
                [new Evidence("reuters-1", null, "summary")], Inferred: true, Confidence: 0.75),
        ];
        return new ActorGraphData(actors, relations, processes, sources);
    }
}
