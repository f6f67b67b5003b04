using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Two sides named together as the subject of a tie that reads the same from either end ("X and Y fought", "X and Y
/// cooperate") with no object: the tie is between them. Only exactly two sides (states, governments, armed groups, political
/// bodies); three or more, or a person, give nothing.</summary>
internal static class JointSubjects
{
    public static (DocActor A, DocActor B)? Pair(IReadOnlyList<DocActor> subjects) =>
        subjects.Count == 2 && subjects[0] != subjects[1] && subjects.All(PoliticalSides.IsSide) ? (subjects[0], subjects[1]) : null;
}
