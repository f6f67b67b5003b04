using ActorGraph.Analysis.Mediation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Datasets;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Datasets;

/// <summary>A table in the layout of PA-X (Peace Agreements Database, University of Edinburgh; column names from
/// its codebook: Con, Contp, PP, PPName, Reg, AgtId, Agt, Dat, Status, Lgt, N_characters, Agtp, Stage, StageSub,
/// Part, ThrdPart, OthAgr), as a spreadsheet exports it: signatories as labelled free text, a quoted cell that
/// runs over two lines, and a day-first date. Values are written here from public knowledge of the agreements.</summary>
public class PaxLayoutTests
{
    private static readonly string[] Lines =
    [
        "Con,Contp,PP,PPName,Reg,AgtId,Agt,Dat,Status,Lgt,N_characters,Agtp,Stage,StageSub,Part,ThrdPart,OthAgr",
        "Sudan,Government/territory,101,Sudan: North-South process,Africa (excl MENA),1001,Comprehensive Peace Agreement,2005-01-09,Multiparty signed/agreed,240,500000,Intra,SubComp,Comp,\"Signed by: Government of Sudan; Sudan People's Liberation Movement/Army\",\"Witnessed by: Kenya; Uganda;",
        "Norway; United Kingdom; United States\",",
        "Indonesia,Government/territory,102,Indonesia: Aceh process,Asia and Pacific,1002,Memorandum of Understanding,15/08/2005 00:00:00,Multiparty signed/agreed,8,30000,Intra,SubComp,Comp,Indonesia; Free Aceh Movement,Facilitated by: Crisis Management Initiative,",
        "Colombia,Government/territory,103,Colombia: FARC process,Americas,1003,Declaration,2016-06-23,Unilateral document,2,4000,Intra,Pre,,Government of Colombia,,",
    ];

    private static ImportResult Import()
    {
        using var dir = new TempDir();
        var path = dir.Write("pax_all_agreements_data.csv", Lines);
        return MediationDatasetImporter.Import([path], MediationColumnMap.Parse(MediationColumnMap.PaX), ImportOptions.Default);
    }

    [Fact]
    public void Pax_rows_load_with_the_documented_map_as_processes_with_their_signatories_and_third_parties()
    {
        var result = Import();
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal(3, result.Summary.RowsRead);
        Assert.Equal(2, result.Summary.ProcessesReported);
        var cpa = Assert.Single(graph.Processes, p => p.Name.StartsWith("Sudan", StringComparison.Ordinal));
        Assert.Equal(ProcessStatus.Agreed, cpa.Status);
        Assert.Equal(new DateOnly(2005, 1, 9), cpa.When.Start);
        Assert.Contains("usa", cpa.Mediators);
        Assert.Contains("nor", cpa.Mediators);
        Assert.Equal(5, cpa.Mediators.Length);
        // "Government of Sudan" is the same actor as GDELT's SDNGOV.
        Assert.Equal(2, cpa.Parties.Length);
        Assert.Contains("sdn-gov", cpa.Parties);
        Assert.Equal("Government of Sudan", graph.FindActor("sdn-gov")!.Name);
        var aceh = Assert.Single(graph.Processes, p => p.Name.StartsWith("Indonesia", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2005, 8, 15), aceh.When.Start);
        Assert.Contains("idn", aceh.Parties);
        // Labels are not names.
        Assert.DoesNotContain(graph.Actors, a => a.Name.Contains(':', StringComparison.Ordinal) || a.Name.StartsWith("Signed", StringComparison.Ordinal));
        var resolver = new ActorResolver(graph);
        Assert.IsType<ActorResolution.Found>(resolver.Resolve("Crisis Management Initiative"));
        // A one-party declaration with no third party is no mediation process, and says so.
        Assert.Contains(result.Summary.Issues, i => i.Line == 5 && i.Detail.Contains("two sides", StringComparison.Ordinal));

        var answer = MediatorFinder.Find(graph, cpa.Parties[0], cpa.Parties[1]);
        Assert.Contains("nor", answer.Explicit.Concat(answer.Past).Concat(answer.Inferred).Select(m => m.ActorId));
    }

    [Theory]
    [InlineData("23/01/2005", 2005, 1, 23)]
    [InlineData("2005-01-23 00:00:00", 2005, 1, 23)]
    [InlineData("1/23/2005 0:00", 2005, 1, 23)]
    public void Day_first_and_date_time_forms_are_read_where_they_are_unambiguous(string text, int year, int month, int day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date!.Value.Earliest);
        Assert.True(date.Value.IsExact);
    }

    [Fact]
    public void A_map_needs_sides_or_parties_but_not_both()
    {
        Assert.Throws<FormatException>(() => MediationColumnMap.Parse("mediators=M,start=S"));
        Assert.Throws<FormatException>(() => MediationColumnMap.Parse("mediators=M,parties=P,side-a=A"));
        Assert.NotNull(MediationColumnMap.Parse("mediators=M,parties=P"));
    }
}
