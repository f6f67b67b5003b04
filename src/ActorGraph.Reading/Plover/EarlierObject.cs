namespace ActorGraph.Reading.Plover;

/// <summary>"gave the Ivory Coast 5 million dollars of aid", "dispatched inspectors to a plant in central Iran to
/// monitor ...": when the trigger is a noun or a purpose that comes after the main verb's object, and nothing after the
/// trigger is an actor, the act is aimed at the actor between the main verb and the trigger. Twelfth PLOVER round. O(sentence length).</summary>
internal static class EarlierObject
{
    /// <summary>Where the search for the target starts and the target found, or null when the main verb is the trigger
    /// itself, comes after it, or has no actor between it and the trigger.</summary>
    public static (int After, string Target)? Find(string sentence, int clause, List<(int Start, int End)> asides, int trigger)
    {
        if (MainClause.MainVerb(sentence, clause, asides) is not { } verb || verb.At >= trigger) return null;
        var from = verb.At;
        while (from < trigger && (char.IsLetterOrDigit(sentence[from]) || sentence[from] is '-' or '\'')) from++;
        // The object must be in the same clause as the trigger.
        if (sentence.AsSpan(from, trigger - from).IndexOfAny(',', ';') >= 0) return null;
        var phrase = ActorPhrases.FirstAfter(sentence, from, trigger);
        // "amassed soldiers in the border town to investigate": people written in lower case after the verb are mostly the
        // subject's own, moved or sent; only a name is taken, and the search goes on past them.
        for (var n = 0; n < 3 && phrase.Length > 0 && !phrase.Any(char.IsUpper); n++)
        {
            var next = sentence.IndexOf(phrase, from, StringComparison.Ordinal) + phrase.Length;
            phrase = next < trigger ? ActorPhrases.FirstAfter(sentence, next, trigger) : "";
        }
        if (!phrase.Any(char.IsUpper)) return null;
        return phrase.Length > 0 ? (from, phrase) : null;
    }
}
