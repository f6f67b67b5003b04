using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>"under the mediation of the Emir of Qatar ... and of his Prime Minister, NAME, acting on behalf of the Arab League": the
/// organisation on whose behalf the mediators act mediates with them. Only an organisation that is no political side, named right
/// after "(acting) on behalf of" or "acting for" later in the cue's sentence than the cue word; a state ("on behalf of Egypt") or a party is left
/// out (a minister speaks on behalf of a government all the time).</summary>
internal static class OnBehalfOf
{
    public static List<DocActor> With(SentenceContext s, int token, List<DocActor> mediators)
    {
        for (var k = token + 1; k + 3 < s.Tokens.Count; k++)
        {
            // "(acting) on behalf of X", "acting for X".
            var after = s.KeyAt(k) == "on" && s.KeyAt(k + 1) == "behalf" && s.KeyAt(k + 2) == "of" ? k + 3
                : s.KeyAt(k) == "acting" && s.KeyAt(k + 1) == "for" ? k + 2 : -1;
            if (after < 0) continue;
            var body = s.Mentions.FirstOrDefault(m => m.IsArgument && m.First >= after && m.First <= after + 1 && m.Actors.Count == 1)?.Actor;
            if (body is { Kind: ActorKind.Organisation } && !PoliticalSides.IsPoliticalBody(body) && !mediators.Contains(body)) return [.. mediators, body];
            return mediators;
        }
        return mediators;
    }
}
