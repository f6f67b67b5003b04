namespace ActorGraph.Reading.Scoring;

/// <summary>Recall and precision of one kind of fact.</summary>
/// <param name="Expected">Gold facts that must be found.</param>
/// <param name="Found">Of those, how many were found.</param>
/// <param name="Produced">Facts the reader produced.</param>
/// <param name="Correct">Of those, how many match a gold fact (required or acceptable).</param>
public sealed record Measure(int Expected, int Found, int Produced, int Correct)
{
    public double Recall => Expected == 0 ? 1 : (double)Found / Expected;
    public double Precision => Produced == 0 ? 1 : (double)Correct / Produced;

    public static Measure operator +(Measure a, Measure b) =>
        new(a.Expected + b.Expected, a.Found + b.Found, a.Produced + b.Produced, a.Correct + b.Correct);

    public static Measure Add(Measure a, Measure b) => a + b;
}

/// <summary>How a produced graph compares with a gold reading.</summary>
/// <param name="Name">The gold reading.</param>
/// <param name="Actors">Actors by name or alias.</param>
/// <param name="Relations">Relations by kind, direction, sign (from the kind) and modality.</param>
/// <param name="RelationsIgnoringModality">The same, modality not compared.</param>
/// <param name="ProcessRoles">Parties and mediators of the matched processes.</param>
/// <param name="ForbiddenActors">Actors that must not appear but do (counted as wrong in actor precision).</param>
/// <param name="Missing">Required facts not found, in words.</param>
/// <param name="Wrong">Produced facts matching nothing in the gold reading, in words.</param>
public sealed record ScoreCard(
    string Name,
    Measure Actors,
    Measure Relations,
    Measure RelationsIgnoringModality,
    Measure ProcessRoles,
    IReadOnlyList<string> ForbiddenActors,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Wrong);
