using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"I want to thank Secretary-General Kofi Annan", "signed in the presence of Secretary-General NAME": the title written
/// right before a name, with no body after it ("of NATO") or before it ("the OAS Secretary-General", "NATO's") and no other
/// body's secretary-general named last in the report, is the UN's: the holder leads the United Nations. Only the tie is
/// recorded (as <see cref="GovernmentOfLeader"/> does): the holder's office stays unset, so a holder who only attends a signing
/// ("in the presence of Secretary-General NAME", report 83) does not make the United Nations a mediator through its head. A
/// deputy, under- or assistant secretary-general is no head and is left alone.</summary>
internal static class SecretaryGeneralHolder
{
    public static void Note(SentenceContext s)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Rule != "titled-person" || m.Actors.Count != 1 || m.Actor.Kind != ActorKind.Person || m.Actor.Office is not null) continue;
            // The mention may begin at the title ("Secretary-General Kofi Annan") or at the name after it.
            if ((StartsWithTitle(s, m.First) ? m.First : TitleBefore(s, m.First)) is not { } title) continue;
            if (s.KeyAt(title - 1) is "deputy" or "under" or "assistant" or "-" or "former" or "late" or "then") continue;
            if (s.KeyAt(m.Last + 1) is "of" or "for") continue;
            if (!s.Lexicon.ByName.TryGetValue("United Nations", out var un)) return;
            if ((OfficeAlone.BodyBefore(s, m.First) ?? s.Discourse.LastSecretaryGeneralBody) is { } body && body != un.Name) continue;
            var united = s.Actors.FromTemplate(un, s.Where, "lexicon");
            s.Structural.Add(new Rules.RawRelation(m.Actor, united, RelationVocabulary.Leads, Modality.Reported, null, s.Where, "secretary-general-holder", 0.8,
                s.Quote(title, m.Last)));
        }
    }

    private static bool StartsWithTitle(SentenceContext s, int k) =>
        s.Tokens[k].IsCapitalised && RoleWords.MatchTitle(s.Tokens, k) is { } title && RoleWords.Key(s.Tokens, k, title.Length) is "secretary-general" or "secretary general";

    /// <summary>Where "Secretary-General" (or "Secretary General") ends right before the name at <paramref name="name"/>
    /// begins; null when another word stands there.</summary>
    private static int? TitleBefore(SentenceContext s, int name)
    {
        for (var k = Math.Max(0, name - 3); k < name; k++)
        {
            if (RoleWords.MatchTitle(s.Tokens, k) is { } title && k + title.Length == name && s.Tokens[k].IsCapitalised
                && RoleWords.Key(s.Tokens, k, title.Length) is "secretary-general" or "secretary general")
                return k;
        }
        return null;
    }
}
