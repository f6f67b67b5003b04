using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The organisations a process's mediating officials act for (issue 14, process roles). "Talks conducted by NAME"
/// where the report has tied NAME to an organisation by an office anywhere ("NAME, the envoy of the African Union", "OSCE
/// Special Representative NAME", "the Chairperson of the Commission, NAME"): the organisation mediates through its official, so
/// it is a mediator of the process too. <see cref="EnvoyBodies"/> does the same within the cue's sentence for envoy titles; this
/// takes the office from the whole report, for any office held in an organisation. Left out: a state or government whose
/// minister or head mediates (the reading table fell with them: a state's envoy is often named for their own state's role
/// beside a body's mediation), a political body (a party is a side, not a third party), a body that is one of the process's
/// parties or whose delegation is, and the body of an official named only as a guest at the signing ('in the presence of').</summary>
internal static class MediatorBodies
{
    public static List<DocActor> Of(IReadOnlyList<DocActor> mediators, DocActor a, DocActor b, IReadOnlyList<MediationCue> cues)
    {
        var found = new List<DocActor>();
        foreach (var m in mediators)
        {
            // "signed in the presence of Secretary-General NAME": a guest at the signing brings no body in.
            if (!cues.Any(c => !SigningGuests.IsGuest(c) && c.Mediators.Contains(m))) continue;
            if (m is not { Kind: ActorKind.Person, Office: { Affiliation: { Kind: ActorKind.Organisation } body } }) continue;
            if (PoliticalSides.IsPoliticalBody(body) || mediators.Contains(body) || found.Contains(body)) continue;
            if (body == a || body == b || body == a.GroupFor || body == b.GroupFor || a.Office?.Affiliation == body || b.Office?.Affiliation == body) continue;
            found.Add(body);
        }
        return found;
    }
}
