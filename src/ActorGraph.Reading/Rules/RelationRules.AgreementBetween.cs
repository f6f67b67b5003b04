using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Rules;

// "Ten days after the Pretoria agreement between the Ethiopian government and the TPLF": an agreement named between two sides
// was negotiated by them, whether or not the sentence says it was signed (issue 14, blogs and reviews that refer back to a deal).
internal static partial class RelationRules
{
    /// <summary>"agreement / accord between" (not a ceasefire, truce or armistice agreement: the ceasefire rule reads those).</summary>
    [GeneratedRegex(@"(?<!\b(?:cease-?fire|truce|armistice|cessation of hostilities)\s+)\b(?:agreements?|accords?)(?=\s+between\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgreementBetweenTrigger();
}
