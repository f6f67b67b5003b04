using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests;

public class ActorGraphJsonTests
{
    [Fact]
    public void Relation_serialises_with_kebab_enums_iso_dates_and_kind_names()
    {
        var relation = new Relation("r1", "hamas", "israel", RelationVocabulary.AgreesCeasefire, 0.8, 0.5,
            new DateRange(new DateOnly(2024, 11, 27), null), ["ceasefire"], Modality.Hoped, [new Evidence("report", "para 3")]);
        var json = JsonSerializer.Serialize(relation, ActorGraphJson.Compact);
        Assert.Contains("\"kind\":\"agrees-ceasefire\"", json, StringComparison.Ordinal);
        Assert.Contains("\"modality\":\"hoped\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\":\"2024-11-27\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sign\":\"cooperative\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"note\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Actor_kind_round_trips()
    {
        var actor = new Actor("hamas", "Hamas", ActorKind.ArmedGroup, ["Ḥamās"]);
        var json = JsonSerializer.Serialize(actor, ActorGraphJson.Indented);
        Assert.Contains("\"armed-group\"", json, StringComparison.Ordinal);
        Assert.Contains("Ḥamās", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<Actor>(json, ActorGraphJson.Indented)!;
        Assert.Equal(actor.Kind, back.Kind);
        Assert.Equal(actor.Aliases.ToArray(), back.Aliases.ToArray());
    }
}
