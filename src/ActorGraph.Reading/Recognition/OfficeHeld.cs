namespace ActorGraph.Reading.Recognition;

/// <summary>Words before a title in an appositive that keep the office held at the time the text tells of: "NAME, then
/// the Chairman of ECOWAS" (held then, in a story of that time), "and current Chairperson of the African Union". "former"
/// and "late" are not among them: a former office is no tie.</summary>
internal static class OfficeHeld
{
    public static bool IsQualifier(string key) => key is "then" or "current" or "currently" or "now" or "also" or "rotating" or "outgoing" or "incumbent";

    /// <summary>"NAME, then the Chairman of X" (comma, "then", an article): the office held then, not a former one. "then"
    /// right before the title ("NAME, then chairman") was read as former before and stays so.</summary>
    public static bool ThenHeld(SentenceContext s, int k) => s.KeyAt(k) == "then" && s.KeyAt(k - 1) == "," && s.KeyAt(k + 1) is "the" or "a" or "an";
}
