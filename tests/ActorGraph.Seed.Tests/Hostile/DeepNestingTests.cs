using System.Text;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests.Hostile;

/// <summary>Every form of deep YAML nesting is a located error, counted from the parser's real structure:
/// the representation model recurses per level, and 35,000 levels used to overflow the stack and kill the
/// process (issue 17).</summary>
public sealed class DeepNestingTests
{
    private const int Levels = 35_000;

    public static TheoryData<string, int> Forms => new()
    {
        // name, line where the 65th level opens
        { "flow-lists", 1 },
        { "flow-maps", 1 },
        { "compact-lists", 2 },
        { "anchored-flows", 1 },
        { "tagged-flows", 1 },
        { "mixed-flows", 1 },
        { "compact-lists-then-flows", 2 },
        { "block-maps", 65 },
        { "block-lists", 65 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Deep_nesting_of_every_form_is_a_located_error(string form, int line)
    {
        var text = Deep(form);
        using var seed = new TempSeed().With("deep.yaml", text);
        var result = seed.Load();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors, e => e.File == "deep.yaml");
        Assert.Contains("YAML nesting too deep: lists or maps nested more than 64 deep", error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.True(error.Column > 0, error.ToString());
    }

    [Fact]
    public void Nesting_at_the_limit_still_parses_and_only_says_what_is_wrong_with_the_content()
    {
        // 1 root map + 63 flow lists = 64 levels: parsed, then refused as content (not as nesting).
        using var seed = new TempSeed().With("a.yaml", TempSeed.Base).With("b.yaml", "relations: " + new string('[', 63) + new string(']', 63) + "\n");
        var result = seed.Load();
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("nesting", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "b.yaml");
    }

    [Fact]
    public void The_depth_limit_can_be_raised()
    {
        using var seed = new TempSeed().With("a.yaml", TempSeed.Base).With("b.yaml", "relations: " + new string('[', 100) + new string(']', 100) + "\n");
        var result = SeedLoader.Load(seed.Path, new SeedLimits { MaxNestingDepth = 200 });
        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("nesting", StringComparison.Ordinal));
    }

    [Fact]
    public void A_200_kilobyte_deep_file_is_refused_quickly_and_the_other_files_still_report()
    {
        var text = "actors:\n  " + string.Concat(Enumerable.Repeat("- ", 100_000)) + "x\n";
        Assert.True(text.Length > 200_000);
        using var seed = new TempSeed().With("a.yaml", TempSeed.Base + "\n  - id: Bad\n    name: B\n    kind: state\n").With("deep.yaml", text);
        var result = seed.Load();
        Assert.Contains(result.Errors, e => e.File == "deep.yaml" && e.Line == 2 && e.Message.Contains("nesting too deep", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.File == "a.yaml" && e.Message.Contains("kebab case", StringComparison.Ordinal));
    }

    internal static string Deep(string form)
    {
        var b = new StringBuilder();
        switch (form)
        {
            case "flow-lists":
                b.Append("actors: ").Append('[', Levels).Append(']', Levels);
                break;
            case "flow-maps":
                b.Append("actors: ");
                for (var i = 0; i < Levels; i++) b.Append("{a: ");
                b.Append('x').Append('}', Levels);
                break;
            case "compact-lists":
                b.Append("actors:\n  ");
                for (var i = 0; i < Levels; i++) b.Append("- ");
                b.Append('x');
                break;
            case "anchored-flows":
                b.Append("actors: ");
                for (var i = 0; i < Levels; i++) b.Append("[&a").Append(i).Append(' ');
                b.Append(']', Levels);
                break;
            case "tagged-flows":
                b.Append("actors: ");
                for (var i = 0; i < Levels; i++) b.Append("!!seq [");
                b.Append(']', Levels);
                break;
            case "mixed-flows":
                b.Append("actors: ");
                for (var i = 0; i < Levels; i++) b.Append(i % 3 == 0 ? "[&m" + i + " " : i % 3 == 1 ? "{k: " : "!!seq [");
                for (var i = Levels - 1; i >= 0; i--) b.Append(i % 3 == 1 ? '}' : ']');
                break;
            case "compact-lists-then-flows":
                b.Append("actors:\n  ");
                for (var i = 0; i < 40; i++) b.Append("- ");
                b.Append('[', Levels).Append(']', Levels);
                break;
            case "block-maps":
                for (var i = 0; i < 200; i++) b.Append(' ', i).Append("k:\n");
                b.Append(' ', 200).Append("x\n");
                break;
            case "block-lists":
                b.Append("actors:\n");
                for (var i = 0; i < 200; i++) b.Append(' ', i).Append("-\n");
                b.Append(' ', 200).Append("x\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(form));
        }
        return b.Append('\n').ToString();
    }
}
