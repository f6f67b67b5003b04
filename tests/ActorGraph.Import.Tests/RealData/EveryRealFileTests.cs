using ActorGraph.Analysis.Mediation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Reading;
using ActorGraph.Import.Tests.Support;
using ActorGraph.TestSupport;

namespace ActorGraph.Import.Tests.RealData;

/// <summary>Every event file under <c>../shared/real-data/{gdelt*,icews*,plover*,polecat*}</c>, found by listing the folders
/// (so that files added there later are run too): it imports, its seed validates, names are canonical,
/// states resolve by name and code, and a mediators query over each inferred process finds its mediators
/// with citable evidence.</summary>
public class EveryRealFileTests
{
    public static TheoryData<string> Files() => new(FileNames());

    private static List<string> FileNames()
    {
        var names = new List<string>();
        var root = Path.GetFullPath(RepositoryPaths.Combine("..", "shared", "real-data"));
        if (!Directory.Exists(root)) return names;
        // Every folder of event files (gdelt2, icews, plover, and gdelt1 or polecat should they be added); not the code tables.
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            if (ReaderFor(Path.GetFileName(dir)) is null) continue;
            names.AddRange(Directory.GetFiles(dir).Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(root, f)));
        }
        return names;
    }

    private static IEventReader? ReaderFor(string folder) => folder switch
    {
        _ when folder.StartsWith("gdelt", StringComparison.OrdinalIgnoreCase) => new GdeltEventReader(),
        _ when folder.StartsWith("icews", StringComparison.OrdinalIgnoreCase) => new IcewsEventReader(),
        _ when folder.StartsWith("plover", StringComparison.OrdinalIgnoreCase) || folder.StartsWith("polecat", StringComparison.OrdinalIgnoreCase) => new PloverEventReader(),
        _ => null,
    };

    private static (ImportResult Result, ActorGraphData Loaded) Import(string file)
    {
        var result = EventImporter.Import(ReaderFor(file.Split(Path.DirectorySeparatorChar)[0])!, [RealFiles.Path(file)], ImportOptions.Default);
        return (result, SeedRoundTrip.Load(result.Graph));
    }

    [Fact]
    public void The_folders_hold_every_kind_of_file()
    {
        var files = FileNames();

        Assert.Contains(files, f => f.StartsWith("gdelt2", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("icews", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("plover", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void It_imports_and_validates_with_few_malformed_rows(string file)
    {
        var (result, loaded) = Import(file);

        Assert.True(result.Summary.RowsImported > 0, $"{file}: nothing imported");
        Assert.True(result.Summary.RowsMalformed * 100 <= result.Summary.RowsRead, $"{file}: {result.Summary.RowsMalformed} malformed of {result.Summary.RowsRead}");
        Assert.Equal(result.Graph.Actors.Length, loaded.Actors.Length);
        Assert.Equal(result.Graph.Relations.Length, loaded.Relations.Length);
        Assert.Equal(result.Graph.Processes.Length, loaded.Processes.Length);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Nothing_is_misnamed(string file)
    {
        var graph = Import(file).Loaded;

        foreach (var actor in graph.Actors)
        {
            Assert.False(string.IsNullOrWhiteSpace(actor.Name), $"{actor.Id} has no name");
            // A bare role ("Government") names nobody; a CAMEO role of a country is "Role of Country".
            Assert.True(CameoCodes.Role(actor.Id.ToUpperInvariant()) is null || CameoCodes.Group(actor.Id.ToUpperInvariant()) is not null, $"{actor.Id}: a role without a country");
            var open = actor.Name.LastIndexOf('(');
            if (open > 0 && actor.Name.EndsWith(')'))
            {
                var inner = actor.Name[(open + 1)..^1];
                Assert.True(IcewsRoles.Role(actor.Name[..open].TrimEnd()) is null || CountryTable.ByName(inner) is null, $"{actor.Id}: '{actor.Name}' should be a country's role");
                if (CountryTable.ByName(inner) is { IsRegion: false } country) Assert.Equal(country.Name, inner);
            }
            if (actor.Kind == ActorKind.State)
            {
                var country = CountryTable.ByCode(actor.Country);
                Assert.NotNull(country);
                Assert.Equal((country.Code.ToLowerInvariant(), country.Name), (actor.Id, actor.Name));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Countries_resolve_by_name_and_code(string file)
    {
        var graph = Import(file).Loaded;
        var resolver = new ActorResolver(graph);

        foreach (var state in graph.Actors.Where(a => a.Kind == ActorKind.State))
        {
            Assert.Equal(state.Id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(state.Name)).Actor.Id);
            Assert.Equal(state.Id, Assert.IsType<ActorResolution.Found>(resolver.Resolve(state.Country!)).Actor.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_mediators_query_finds_each_inferred_mediator_with_citable_evidence(string file)
    {
        var graph = Import(file).Loaded;

        foreach (var process in graph.Processes.Where(p => p.Inferred))
        {
            var answer = MediatorFinder.Find(graph, process.Parties[0], process.Parties[1]);
            var found = answer.Inferred.Concat(answer.Explicit).Concat(answer.Past).Select(m => m.ActorId).ToHashSet();
            Assert.All(process.Mediators, m => Assert.Contains(m, found));
            // Each cited source has a title and a date; evidence does not repeat a source.
            Assert.Equal(process.Evidence.Length, process.Evidence.Select(e => e.SourceId).Distinct().Count());
            foreach (var e in process.Evidence.Skip(1))
            {
                var source = graph.SourcesById[e.SourceId];
                Assert.False(string.IsNullOrWhiteSpace(source.Title));
                Assert.NotNull(source.Date);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_source_is_citable_with_a_title_and_a_date_and_gdelt_sources_with_their_url(string file)
    {
        var graph = Import(file).Loaded;

        foreach (var source in graph.Sources.Where(s => s.Id != ActorGraph.Import.Mediation.InferenceSource.Id))
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Title), $"{source.Id} has no title");
            Assert.DoesNotContain("example.org", source.Title, StringComparison.Ordinal);
            Assert.NotNull(source.Date);
            if (file.StartsWith("gdelt2", StringComparison.Ordinal))
            {
                Assert.StartsWith("http", source.Url, StringComparison.Ordinal);
                Assert.Contains(source.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), source.Title, StringComparison.Ordinal);
            }
        }
    }
}
