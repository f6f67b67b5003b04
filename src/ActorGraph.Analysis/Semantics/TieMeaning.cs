using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>What a relation kind means to the analyses: the one place that says which ties are channels of contact
/// (paths, betweenness, brokerage), which are evidence of alignment or opposition (camps), and which tie a person
/// or body to the actor it answers for (roll-up). Every analysis asks here; none decides on its own.</summary>
/// <remarks>
/// <para><b>Channels</b> (contact): meets, negotiates, engages, mediates, supports, cooperates, aids, allied, and
/// the mediator–party channels of mediation processes. A message can pass along them.</para>
/// <para><b>Alignment</b> (same camp): supports, cooperates, allied, and the organisational ties leads, part-of,
/// member-of (a leader, an agency or a delegation is in the camp of the actor it answers for).</para>
/// <para><b>Opposition</b> (different camps): accuses, attacks, armed-conflict, threatens, sanctions,
/// agrees-ceasefire (a ceasefire implies the two were fighting), and being two parties of one process.</para>
/// <para>Mediation, negotiation, meetings and engagement are contact, not alignment: a mediator talks to both sides
/// and joins neither. A ceasefire is not a channel either: it is an outcome, usually reached through mediators.
/// Pressures, demands and rejects are neither contact nor camp evidence; based-in is geography.</para>
/// </remarks>
public static class TieMeaning
{
    /// <summary>True when a tie of this kind is a channel of contact (paths, betweenness, brokerage).</summary>
    public static bool IsChannel(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind.Sign == RelationSign.Cooperative && kind != RelationVocabulary.AgreesCeasefire;
    }

    /// <summary>+1 when a tie of this kind puts the two in one camp, −1 when it sets them apart, 0 when it says neither.</summary>
    public static int CampEffect(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == RelationVocabulary.Supports || kind == RelationVocabulary.Cooperates || kind == RelationVocabulary.Allied) return 1;
        if (IsOrganisational(kind)) return 1;
        if (kind.Sign == RelationSign.Hostile) return -1;
        if (kind == RelationVocabulary.AgreesCeasefire || kind == RelationVocabulary.Threatens || kind == RelationVocabulary.Sanctions) return -1;
        return 0;
    }

    /// <summary>True for leads, part-of and member-of: the source answers for the target (roll-up).</summary>
    public static bool IsOrganisational(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind == RelationVocabulary.Leads || kind == RelationVocabulary.PartOf || kind == RelationVocabulary.MemberOf;
    }

    /// <summary>"who leads", "part of", "a member of": how a roll-up step reads.</summary>
    public static string RollUpPhrase(RelationKind kind) => kind.Name switch
    {
        "leads" => "who leads",
        "part-of" => "part of",
        _ => "a member of",
    };
}
