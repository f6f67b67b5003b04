using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.TestSupport;

/// <summary>Graphs built in code for the export tests and the export composition tests (focus, clusters).</summary>
public static class SampleGraphs
{
    public static DateRange On(int year, int month, int day) => new(new DateOnly(year, month, day), null);

    public static Relation Rel(string id, string source, string target, RelationKind kind, double strength = 0.5, DateRange when = default,
        Modality modality = Modality.Reported, params Evidence[] evidence) =>
        new(id, source, target, kind, strength, 0.9, when, [], modality, [.. evidence]);

    /// <summary>A small conflict: two sides at war, two mediators in a process, a backer pressing one side,
    /// an agency that is part of a state, a collapsed old process, and one tie that ended in 2023.</summary>
    public static ActorGraphData Small()
    {
        Actor[] actors =
        [
            new("north", "Northland", ActorKind.State, ["NL"], "NOR", "A state at war with the Southern Front."),
            new("south", "Southern Front", ActorKind.ArmedGroup, []),
            new("east", "Eastland", ActorKind.State, []),
            new("west", "Westland", ActorKind.State, []),
            new("east-intel", "Eastland Intelligence", ActorKind.Agency, []),
            new("envoy", "Special Envoy", ActorKind.Person, []),
            new("league", "League of States", ActorKind.Organisation, []),
        ];
        Relation[] relations =
        [
            Rel("war", "north", "south", RelationVocabulary.ArmedConflict, 1, new DateRange(new DateOnly(2023, 10, 7), null)),
            Rel("acc", "north", "south", RelationVocabulary.Accuses, 0.6, On(2024, 11, 30)),
            Rel("meet-east-south", "east-intel", "south", RelationVocabulary.Meets, 0.8, On(2024, 11, 29), Modality.Claimed, new Evidence("rep", "para 1", "talks in the capital")),
            Rel("neg-east-north", "east", "north", RelationVocabulary.Negotiates, 0.7, On(2024, 11, 20)),
            Rel("med-west", "west", "south", RelationVocabulary.Mediates, 0.6, On(2024, 11, 1)),
            Rel("press", "league", "north", RelationVocabulary.Pressures, 0.4, On(2024, 12, 2), Modality.Hoped),
            Rel("part", "east-intel", "east", RelationVocabulary.PartOf, 1),
            Rel("envoy-leads", "envoy", "league", RelationVocabulary.MemberOf, 1),
            Rel("old-alliance", "north", "west", RelationVocabulary.Allied, 0.9, new DateRange(new DateOnly(2010, 1, 1), new DateOnly(2023, 1, 1))),
        ];
        MediationProcess[] processes =
        [
            new("talks", "Ceasefire talks", ["north", "south"], ["east", "west"], ["ceasefire", "hostages"], ProcessStatus.Ongoing,
                new DateRange(new DateOnly(2024, 11, 1), null), [], [new Evidence("rep", "para 2")]),
            new("old-talks", "Old talks", ["north", "south"], ["league"], [], ProcessStatus.Collapsed,
                new DateRange(new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 1)), [], []),
        ];
        return new ActorGraphData(actors, relations, processes, [new Source("rep", "A report", "A paper", new DateOnly(2024, 12, 1))]);
    }

    /// <summary>Names that break naive writers: quotes, braces, record and HTML syntax, backslashes
    /// (also at the end), newlines, control characters, Arabic and Hebrew, bidi overrides, emoji, entities.</summary>
    public static readonly string[] HostileNames =
    [
        "He said \"stop\"",
        "{braces} | <ports> [brackets]",
        "<html><b>bold</b></html>",
        "<<table>>",
        "back\\slash\\",
        "C:\\new\\table",
        "\\N \\G \\E \\L escapes",
        "AT&T &amp; &lt;not a tag&gt;",
        "حماس",
        "حركة المقاومة الإسلامية (حماس)",
        "צה\"ל",
        "ישראל and العربية mixed",
        "evil\u202Eoverride",
        "emoji 🕊️ dove",
        "semi; colon -> arrow -- edge",
        "node",
        "subgraph cluster_x { a -> b }",
        "'single' quotes ` backtick",
        "  padded  ",
    ];

    /// <summary>Names with line breaks and control characters (drawn on several lines, controls removed).</summary>
    public static readonly string[] MultiLineNames =
    [
        "first line\nsecond line",
        "windows\r\nline",
        "tab\there bell\u0007 nul\0 end",
    ];

    public static ActorGraphData Hostile()
    {
        var names = HostileNames.Concat(MultiLineNames).ToArray();
        var actors = names.Select((n, i) => new Actor(i == 0 ? "id with \"quote\"" : i == 1 ? "id\\back" : $"h{i:00}", n,
            (ActorKind)(i % 9), [n + " alias"], "ISR", "desc: " + n)).ToList();
        var relations = new List<Relation>();
        for (var i = 0; i < actors.Count; i++)
        {
            var next = actors[(i + 1) % actors.Count];
            var kind = RelationVocabulary.All[i % RelationVocabulary.All.Count];
            relations.Add(new Relation("r-" + names[i], actors[i].Id, next.Id, kind, 0.25 + (i % 4) * 0.25, 0.8, On(2024, 1 + (i % 12), 1),
                [names[i]], (Modality)(i % 4), [new Evidence("src \"x\"", names[i], names[(i + 3) % names.Length])]));
        }
        var process = new MediationProcess("p \"1\"", "Talks \"قطر\" {x}\\", [actors[8].Id, actors[10].Id], [actors[0].Id, actors[2].Id],
            ["ceasefire", "\"hostages\""], ProcessStatus.Ongoing, On(2024, 11, 1), [], [new Evidence("src \"x\"", "p1")]);
        return new ActorGraphData(actors, relations, [process], [new Source("src \"x\"", "Title \\ \"quoted\" שלום")]);
    }

    /// <summary>The same graph with its lists in another order.</summary>
    public static ActorGraphData Shuffled(ActorGraphData graph, int seed)
    {
        var random = new Random(seed);
        return new ActorGraphData(
            graph.Actors.OrderBy(_ => random.Next()).ToList(),
            graph.Relations.OrderBy(_ => random.Next()).ToList(),
            graph.Processes.OrderBy(_ => random.Next()).ToList(),
            graph.Sources.OrderBy(_ => random.Next()).ToList());
    }

    public static ImmutableArray<string> Ids(params string[] ids) => [.. ids];
}
