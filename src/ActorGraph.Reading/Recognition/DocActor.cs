using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>An actor met in the report being read (mutable while reading).</summary>
internal sealed class DocActor(string id, string name, ActorKind kind, string? country, FactLocation firstSeen, string rule)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public ActorKind Kind { get; } = kind;
    public string? Country { get; set; } = country;
    public FactLocation FirstSeen { get; } = firstSeen;
    public string Rule { get; } = rule;
    public List<string> Aliases { get; } = [];
    public string? Description { get; set; }
    public int Mentions { get; set; }
    public double Confidence { get; set; } = 0.9;

    /// <summary>The built-in table's entry, when the actor is a known one.</summary>
    public ActorTemplate? Template { get; init; }

    /// <summary>For a person: the state or organisation the title ties them to, and how.</summary>
    public (DocActor Affiliation, RoleKind Role)? Office { get; set; }

    /// <summary>For a head of a state: the organisation they also chair ("President X of Ghana, then Chairman of the AU").</summary>
    public DocActor? Chairs { get; set; }

    /// <summary>For a delegation or envoys: the actor they act for ("Israel delegation" acts for Israel).</summary>
    public DocActor? GroupFor { get; set; }

    /// <summary>For a territory: the report makes it act as its de facto authority (<see cref="DeFactoAuthorities"/>).</summary>
    public bool Authority { get; set; }

    /// <summary>True when only adjectives named it so far ("Kenyan"): kept only if named or used later.</summary>
    public bool Weak { get; set; }

    /// <summary>The short form used to name its groups ("US envoys").</summary>
    public string ShortForm => Template?.ShortForm ?? Name;

    /// <summary>The adjective used to name its agencies ("Egyptian").</summary>
    public string Adjective => Template?.Adjective ?? Name;

    public ProposedActor ToProposed() =>
        new(Id, Name, Kind, Aliases.Where(a => !string.Equals(a, Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Country, Description, FirstSeen, Rule, Confidence, Mentions);

    public override string ToString() => Id;
}
