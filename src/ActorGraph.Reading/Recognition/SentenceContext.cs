using ActorGraph.Reading.Facts;
using ActorGraph.Reading.Lexicon;
using ActorGraph.Reading.Rules;
using ActorGraph.Reading.Text;

namespace ActorGraph.Reading.Recognition;

/// <summary>One sentence being read: its tokens, the mentions found so far, and the report-level state.</summary>
internal sealed class SentenceContext(Sentence sentence, FactLocation where, DocumentActors actors, Discourse discourse, ActorLexicon lexicon)
{
    public Sentence Sentence { get; } = sentence;
    public string Text => Sentence.Text;
    public List<Token> Tokens { get; } = Tokenizer.Tokenize(sentence.Text);
    public FactLocation Where { get; } = where;
    public DocumentActors Actors { get; } = actors;
    public Discourse Discourse { get; } = discourse;
    public ActorLexicon Lexicon { get; } = lexicon;
    public List<Mention> Mentions { get; } = [];
    public List<RawRelation> Structural { get; } = [];

    /// <summary>Token spans that only define another name of the actor before them (", also known as Z,"): list glue.</summary>
    public List<(int First, int Last)> Asides { get; } = [];

    /// <summary>Pairs named by compounds ("Russo-Japanese", "U.S.-Japanese") with the token after them.</summary>
    public List<(DocActor A, DocActor B, int NextToken)> Compounds { get; } = [];

    /// <summary>Capitals named in the sentence (token, country code), whether or not they act for their state: where "there" and
    /// ", where" point.</summary>
    public List<(int Token, string Country)> Capitals { get; } = [];

    public string Span(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];

    public string KeyAt(int i) => i >= 0 && i < Tokens.Count ? Tokens[i].Key : "";

    public Mention Add(DocActor actor, int first, int last, MentionRole role, string rule) => Add([actor], first, last, role, rule);

    public Mention Add(IReadOnlyList<DocActor> actors, int first, int last, MentionRole role, string rule)
    {
        var mention = new Mention(actors, first, last, role, rule);
        Mentions.Add(mention);
        if (role == MentionRole.Actor)
        {
            foreach (var a in actors) a.Weak = false;
        }
        // A reference's mention starts at its article ("of the movement"), a name's after it.
        if (Discourse.PendingOffice is { } office && (first == office.AfterToken || first == office.AfterToken - 1 && KeyAt(first) == "the") && role != MentionRole.Speaker)
        {
            Discourse.PendingOffice = null;
            Office(office.Person, actor: actors[0], office.Role, "role-appositive", first);
        }
        if (Discourse.ExtraOffices.Count > 0 && role != MentionRole.Speaker)
        {
            // "and Chairperson of the African Union": the title's own mention may begin at the title and cover the body.
            var extra = Discourse.ExtraOffices.FindIndex(o => first == o.AfterToken || first == o.AfterToken - 1 && KeyAt(first) == "the"
                || first < o.AfterToken && o.AfterToken <= last && o.Person is var p && !actors.Contains(p));
            if (extra >= 0)
            {
                var (person, officeRole, _) = Discourse.ExtraOffices[extra];
                Discourse.ExtraOffices.RemoveAt(extra);
                // A second office is a tie of its own; the person's main office stays the first one found.
                Office(person, actors[0], officeRole, "role-appositive-and", first);
            }
        }
        return mention;
    }

    /// <summary>Records the tie a title gives (leads or member-of) and remembers the office on the person.</summary>
    public void Office(DocActor person, DocActor actor, RoleKind role, string rule, int token)
    {
        if (role == RoleKind.Rank || person == actor) return;
        person.Office ??= (actor, role);
        if (role == RoleKind.Leads && actor.Kind == Core.Model.ActorKind.Organisation
            && person.Office?.Affiliation.Kind is Core.Model.ActorKind.State or Core.Model.ActorKind.Government) person.Chairs ??= actor;
        var kind = role == RoleKind.Leads ? Core.Model.RelationVocabulary.Leads : Core.Model.RelationVocabulary.MemberOf;
        if (role == RoleKind.Leads && actor.Kind == Core.Model.ActorKind.State &&
            Actors.FindByName("Government of " + actor.Name) is { } government)
        {
            actor = government;
        }
        Structural.Add(new RawRelation(person, actor, kind, Core.Model.Modality.Reported, null, Where, rule, 0.85,
            Quote(Math.Max(0, token - 3), Math.Min(Tokens.Count - 1, token + 3))));
    }

    public void PartOf(DocActor part, DocActor whole, string rule, int first, int last, Core.Model.RelationKind? kind = null)
    {
        if (part == whole) return;
        Structural.Add(new RawRelation(part, whole, kind ?? Core.Model.RelationVocabulary.PartOf, Core.Model.Modality.Reported, null, Where, rule, 0.85, Quote(first, last)));
    }

    /// <summary>A short quotation of the tokens (at most 12 words), for the review.</summary>
    public string Quote(int first, int last)
    {
        first = Math.Clamp(first, 0, Tokens.Count - 1);
        last = Math.Clamp(last, first, Math.Min(Tokens.Count - 1, first + 11));
        return Span(first, last);
    }
}
