using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// The main pair's side of several members (MainBloc): "Kuwait, which has mediated since 2017" between the quartet and Qatar.
internal static partial class ProcessBuilder
{
    /// <summary>The processes whose pair was taken from the report's main conflict are talks of the whole bloc: its members are
    /// parties beside the pair. A process of one member and the opponent ("Sheikh Sabah had shuttled between Riyadh and Doha")
    /// whose mediators the bloc's process already has, or who hold office in one of them (the emir of the mediating state), is
    /// the same mediation told of one member: its cues and mediators join the bloc's process. A mediator that comes in only so
    /// mediates between the two it was named between (Sheikh Sabah between Saudi Arabia and Qatar, not the bloc's other members).
    /// Returns the keys of the bloc's processes and those narrowed mediators' parties.</summary>
    private static (HashSet<string> Keys, Dictionary<DocActor, (DocActor A, DocActor B)> Narrow) MergeBlocPairs(Dictionary<string, (DocActor A, DocActor B, List<MediationCue> Cues, List<DocActor> Mediators, string From)> groups,
        MainBloc.Bloc? bloc)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var narrow = new Dictionary<DocActor, (DocActor A, DocActor B)>();
        if (bloc is null) return (keys, narrow);
        var mainKey = KeyOf(bloc.Side, bloc.Opponent);
        foreach (var (key, g) in groups)
            if (g.From == "main-conflict" && KeyOf(g.A, g.B) == mainKey && g.Mediators.Count > 0) keys.Add(key);
        if (keys.Count != 1) return (keys, narrow);
        var home = groups[keys.First()];
        bool InBloc(DocActor x) => MainBloc.Same(x, bloc.Side) || bloc.Members.Any(m => MainBloc.Same(x, m));
        bool OfHome(DocActor m) => home.Mediators.Contains(m) || m.Office?.Affiliation is { } office && home.Mediators.Contains(office);
        foreach (var key in groups.Keys.ToList())
        {
            if (keys.Contains(key)) continue;
            var g = groups[key];
            var member = MainBloc.Same(g.A, bloc.Opponent) ? g.B : MainBloc.Same(g.B, bloc.Opponent) ? g.A : null;
            if (member is null || !InBloc(member) || g.Mediators.Count == 0 || !g.Mediators.All(OfHome)) continue;
            home.Cues.AddRange(g.Cues);
            home.Cues.Sort((x, y) => x.SentenceIndex.CompareTo(y.SentenceIndex));
            foreach (var m in g.Mediators.Where(m => !home.Mediators.Contains(m)))
            {
                home.Mediators.Add(m);
                narrow[m] = (g.A, g.B);
            }
            groups.Remove(key);
        }
        return (keys, narrow);
    }

    /// <summary>The bloc's members not yet among a process's sides or mediators.</summary>
    private static List<DocActor> BlocBeyond(MainBloc.Bloc bloc, DocActor a, DocActor b, List<DocActor> third, List<DocActor> mediators) =>
        bloc.Members.Where(m => !MainBloc.Same(m, a) && !MainBloc.Same(m, b) && !third.Any(t => MainBloc.Same(t, m))
            && !mediators.Any(x => x == m || SameSide(x, m))).ToList();
}
