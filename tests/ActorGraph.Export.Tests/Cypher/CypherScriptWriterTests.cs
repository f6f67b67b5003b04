using System.Text;
using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Export.Cypher;
using ActorGraph.Export.Tests.Support;
using ActorGraph.Export.Text;
using ActorGraph.Core.Storage;

namespace ActorGraph.Export.Tests.Cypher;

public partial class CypherScriptWriterTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O\\'Brien'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("two\nlines", "'two\\nlines'")]
    [InlineData("rtl\u202Eoverride", "'rtl\\u202Eoverride'")]
    [InlineData("حماس", "'حماس'")]
    [InlineData("'}) DETACH DELETE n //", "'\\'}) DETACH DELETE n //'")]
    public void String_literals_are_escaped(string text, string expected) => Assert.Equal(expected, CypherLiteral.String(text));

    [Fact]
    public void Numbers_stay_floats_and_invariant()
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendNumber(sb, 1);
        sb.Append(' ');
        CypherLiteral.AppendNumber(sb, 0.25);
        sb.Append(' ');
        CypherLiteral.AppendNumber(sb, double.NaN);
        Assert.Equal("1.0 0.25 null", sb.ToString());
    }

    /// <summary>Splits a script into the text outside string literals and the decoded literals.</summary>
    private static (string Code, List<string> Literals) Scan(string script)
    {
        var code = new StringBuilder();
        var literals = new List<string>();
        for (var i = 0; i < script.Length; i++)
        {
            if (script[i] == '/' && i + 1 < script.Length && script[i + 1] == '/' && (i == 0 || script[i - 1] == '\n'))
            {
                while (i < script.Length && script[i] != '\n') i++;
                code.Append('\n');
                continue;
            }
            if (script[i] != '\'') { code.Append(script[i]); continue; }
            var literal = new StringBuilder();
            for (i++; script[i] != '\''; i++)
            {
                Assert.NotEqual('\n', script[i]);
                if (script[i] != '\\') { literal.Append(script[i]); continue; }
                var e = script[++i];
                literal.Append(e switch
                {
                    'n' => "\n",
                    '\\' => "\\",
                    '\'' => "'",
                    'u' => ((char)Convert.ToInt32(script.Substring(i + 1, 4), 16)).ToString(),
                    _ => throw new InvalidOperationException("unexpected escape \\" + e),
                });
                if (e == 'u') i += 4;
            }
            code.Append("''");
            literals.Add(literal.ToString());
        }
        return (code.ToString(), literals);
    }

    [Fact]
    public void Hostile_names_stay_inside_literals_and_decode_exactly()
    {
        var graph = SampleGraphs.Hostile();
        var script = CypherScriptWriter.Write(graph);
        var (code, literals) = Scan(script);
        foreach (var actor in graph.Actors)
        {
            Assert.Contains(TextCleaner.Clean(actor.Name), literals);
            Assert.Contains(actor.Id, literals);
        }
        // Outside literals there is only the writer's own ASCII Cypher.
        Assert.Equal("", string.Concat(code.Where(c => !(char.IsAsciiLetterOrDigit(c) || "_ ,.:;(){}[]-<>=+'\n".Contains(c, StringComparison.Ordinal)))));
        Assert.DoesNotContain("DETACH", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_is_idempotent_merge_in_the_store_schema()
    {
        var graph = SampleGraphs.Small();
        var script = CypherScriptWriter.Write(graph);
        var (code, _) = Scan(script);
        Assert.Contains("CREATE CONSTRAINT actorgraph_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;", code, StringComparison.Ordinal);
        // Nothing is CREATEd except constraints: rerunning the script cannot duplicate data.
        Assert.Equal(3, CreateWord().Matches(code).Count);
        Assert.Contains("MERGE (n:Actor {id: row.id})", code, StringComparison.Ordinal);
        Assert.Contains("MERGE (n:Process {id: row.id})", code, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[:PARTY_IN]->(p)", code, StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[:MEDIATES_IN]->(p)", code, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:ARMED_CONFLICT {id: row.id}]->(t)", code, StringComparison.Ordinal);
        Assert.Contains("MERGE (s)-[r:PART_OF {id: row.id}]->(t)", code, StringComparison.Ordinal);
        Assert.Contains("start: date('2023-10-07')", script, StringComparison.Ordinal);
        Assert.Contains("{actor: 'east', process: 'talks'}", script, StringComparison.Ordinal);
        // Every relationship type used comes from the fixed list.
        foreach (Match m in RelType().Matches(code)) Assert.Contains(m.Groups[1].Value, Neo4jSchema.RelationTypes);
        Assert.Equal(script, CypherScriptWriter.Write(SampleGraphs.Shuffled(graph, 11)));
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(script, CypherScriptWriter.Write(graph));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains("strength: 0.8,", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_follow_the_neo4j_store_layout()
    {
        var script = CypherScriptWriter.Write(SampleGraphs.Small());
        Assert.Contains("id: 'meet-east-south', source: 'east-intel', target: 'south', kind: 'meets', sign: 'cooperative', directed: false, " +
            "strength: 0.8, confidence: 0.9, start: date('2024-11-29'), end: null, topics: [], modality: 'claimed', weight: 1, " +
            "evidence_sources: ['rep'], evidence_locators: ['para 1'], evidence_notes: ['talks in the capital']", script, StringComparison.Ordinal);
        Assert.Contains("parties: ['north', 'south'], mediators: ['east', 'west']", script, StringComparison.Ordinal);
        Assert.Contains("evidence_sources: ['rep'], evidence_locators: ['para 2'], evidence_notes: ['']", script, StringComparison.Ordinal);

        // Outcomes go as the store's outcomes_json: date, description and evidence of each outcome.
        var (_, literals) = Scan(CypherScriptWriter.Write(SeedGraph.Data));
        var outcomes = literals.Where(l => l.StartsWith("[{", StringComparison.Ordinal)).Select(l => System.Text.Json.JsonDocument.Parse(l)).ToList();
        Assert.NotEmpty(outcomes);
        var first = outcomes.SelectMany(d => d.RootElement.EnumerateArray()).First();
        Assert.True(first.TryGetProperty("description", out _));
        Assert.Equal("report-hamas-egypt-talks", first.GetProperty("evidence")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Relation_kinds_outside_the_vocabulary_are_refused()
    {
        var evil = new RelationKind("x]->(n) DETACH DELETE n //", RelationSign.Cooperative, true, "not a kind");
        var graph = new ActorGraphData(
            [new Actor("a", "A", ActorKind.State, []), new Actor("b", "B", ActorKind.State, [])],
            [new Relation("r", "a", "b", evil, 1, 1, default, [], Modality.Reported, [])], [], []);
        var error = Assert.Throws<InvalidOperationException>(() => CypherScriptWriter.Write(graph));
        Assert.Contains("not in the relation vocabulary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_lists_are_split_into_batches()
    {
        var actors = Enumerable.Range(0, CypherScriptWriter.BatchSize * 2 + 1).Select(i => new Actor($"x{i:0000}", "X", ActorKind.Other, [])).ToList();
        var script = CypherScriptWriter.Write(new ActorGraphData(actors, [], [], []));
        Assert.Equal(3, Regex.Matches(script, "MERGE \\(n:Actor").Count);
        Assert.Contains("// Actor 1001-1001 of 1001", script, StringComparison.Ordinal);
    }

    [GeneratedRegex("\\bCREATE\\b")]
    private static partial Regex CreateWord();

    [GeneratedRegex("\\[r:([A-Z_]+) ")]
    private static partial Regex RelType();
}
