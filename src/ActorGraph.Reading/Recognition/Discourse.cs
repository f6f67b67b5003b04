using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>What the reader remembers from sentence to sentence to resolve references: the last person,
/// group, delegation and pair of sides, who "we" are, and who is speaking.</summary>
internal sealed class Discourse
{
    public DocActor? LastPerson { get; set; }

    /// <summary>The person who was last a sentence's subject (its first person, not after a preposition): whom a
    /// sentence-initial "He"/"She" continues ("She thanks the envoy, NAME. She urges ..." is still the speaker).</summary>
    public DocActor? LastSubjectPerson { get; set; }

    /// <summary>The body whose secretary-general the text last named ("the Secretary-General of NATO": "NATO"); a bare
    /// "the Secretary-General" is then that body's, not the UN's.</summary>
    public string? LastSecretaryGeneralBody { get; set; }

    /// <summary>The last person named with each title (lower case, "chairperson"): whom "The Chairperson" alone refers to.</summary>
    public Dictionary<string, DocActor> TitleHolders { get; } = new(StringComparer.Ordinal);
    public DocActor? LastGroup { get; set; }
    public DocActor? LastDelegation { get; set; }

    /// <summary>The country of the capital named last in an earlier sentence ("flew to Moscow. There President X ...").</summary>
    public string? LastCapital { get; set; }
    public DocActor? LastSpeaker { get; set; }
    public (DocActor A, DocActor B)? LastPair { get; set; }

    /// <summary>The last few pairs named, last one last (<see cref="LastPair"/> among them), for a cue whose own mediators made the
    /// last ones ("convened by A, B and C, which announced a ceasefire": pairs among A, B and C are no sides of their talks).</summary>
    public List<(DocActor A, DocActor B)> Pairs { get; } = [];

    /// <summary>Every actor an earlier sentence's mediation cue named as mediator.</summary>
    public HashSet<DocActor> Mediators { get; } = [];

    /// <summary>The pair an agreement defines as "the Parties" ("hereinafter called the Parties"): who they are for the whole text.</summary>
    public (DocActor A, DocActor B)? DefinedPair { get; set; }

    /// <summary>Collective names the text gave to a list of actors ("the Guarantors"), by the name's first word in lower case.</summary>
    public Dictionary<string, List<DocActor>> DefinedGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>Lists of two or more states (or their governments) named side by side in earlier sentences, last one last:
    /// whom "the quartet", "the Troika" or "the four states" refer to (<see cref="SetNames"/>).</summary>
    public List<IReadOnlyList<DocActor>> StateLists { get; } = [];

    /// <summary>The state's opposition once the report has named it ("the opposition" later is the same actor).</summary>
    public DocActor? Opposition { get; set; }

    /// <summary>The state's armed opposition once the report has named it by description ("armed opposition factions").</summary>
    public DocActor? ArmedOpposition { get; set; }

    /// <summary>Who "we", "our" and "I" are: the signatories of a joint text or the publisher.</summary>
    public List<DocActor> Speakers { get; } = [];

    /// <summary>A bare name line of a signature block, waiting for the title line under it.</summary>
    public string? PendingSignatureName { get; set; }

    /// <summary>The sides named in signature lines ("For the State of X: NAME, Title"), with the line.</summary>
    public List<(DocActor Side, FactLocation Where, string Line)> SignedSides { get; } = [];

    /// <summary>A person followed by ", head of": the next mention after "of" is what they hold the title in.</summary>
    public (DocActor Person, RoleKind Role, int AfterToken)? PendingOffice { get; set; }

    /// <summary>Further offices of a person joined by "and" in one appositive ("..., and head of X"): the mention at the token.</summary>
    public List<(DocActor Person, RoleKind Role, int AfterToken)> ExtraOffices { get; } = [];

    /// <summary>The last actor that made a proposal, and in which sentence (for "X refused").</summary>
    public (DocActor Actor, int Sentence)? LastProposer { get; set; }

    /// <summary>The two people of the last two-party fact (met, spoke, talked, negotiated, agreed), for "the two leaders".</summary>
    public (DocActor A, DocActor B)? LastFactPeople { get; set; }

    /// <summary>The last two people joined by "and" ("Sadat and Begin"), when no fact between two people is known.</summary>
    public (DocActor A, DocActor B)? LastJoinedPeople { get; set; }

    /// <summary>Who "the two leaders" are: the people of the last two-party fact, else the last two people joined by "and".</summary>
    public (DocActor A, DocActor B)? LeaderPair => LastFactPeople ?? LastJoinedPeople;

    /// <summary>The mediators of the last mediation cue read, for "the Mediator" and "the Chief Mediator" later.</summary>
    public IReadOnlyList<DocActor> LastMediators { get; set; } = [];

    /// <summary>Pairs of sides the report sets against each other ("pitted A against B"), for processes with no other parties.</summary>
    public List<Rules.RivalPair> Rivals { get; } = [];

    /// <summary>Indices of sentences that speak of a pair of sides without naming them ("the two countries", "the Parties").</summary>
    public HashSet<int> PairSentences { get; } = [];

    /// <summary>Heads introduced by a title with no state that no rule of their sentence placed ("President X said"), with
    /// where: the state side of the report's main conflict or the publisher's state may be theirs (<see cref="Rules.UnplacedHeads"/>).</summary>
    public List<(DocActor Person, FactLocation Where, string Quote, bool BesideState)> UnplacedHeads { get; } = [];

    /// <summary>The country of the state whose own office published the report (the White House: the United States), if any.</summary>
    public string? PublisherCountry { get; set; }

    public void NotePair(DocActor a, DocActor b)
    {
        if (a == b) return;
        LastPair = (a, b);
        Pairs.RemoveAll(p => p.A == a && p.B == b || p.A == b && p.B == a);
        Pairs.Add((a, b));
        if (Pairs.Count > 8) Pairs.RemoveAt(0);
    }

    public void NoteFactPeople(DocActor a, DocActor b)
    {
        if (a != b && a.Kind == ActorKind.Person && b.Kind == ActorKind.Person) LastFactPeople = (a, b);
    }
}
