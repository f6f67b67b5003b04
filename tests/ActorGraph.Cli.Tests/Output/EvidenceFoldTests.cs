using ActorGraph.Analysis.Projection;
using ActorGraph.Cli.Commands.Evidence;

namespace ActorGraph.Cli.Tests.Output;

/// <summary>Folding repeated evidence and choosing a short list that speaks for every actor.</summary>
public sealed class EvidenceFoldTests
{
    private static EvidenceItem Item(string locator, string note = "note") => new("wire", "Wire", locator, note, new DateOnly(2024, 6, 1), "https://x.example/a");

    [Fact]
    public void The_same_source_paragraph_and_note_fold_into_one_item_with_count_and_supporters()
    {
        var fold = new EvidenceFold();
        Assert.Equal(1, fold.Cite(Item("para 2"), "Egypt"));
        Assert.Equal(1, fold.Cite(Item("para 2"), "Qatar"));
        Assert.Equal(1, fold.Cite(Item("para 2"), "Qatar"));
        Assert.Equal(2, fold.Cite(Item("para 2", "another note"), "Qatar"));
        var first = fold.Items[0];
        Assert.Equal(3, first.Count);
        Assert.Equal(["Egypt", "Qatar"], first.Supports);
        Assert.Equal(2, fold.Count);
        Assert.Equal(4, fold.Citations);
    }

    [Fact]
    public void A_short_list_takes_items_from_every_actor_not_only_the_first()
    {
        var fold = new EvidenceFold();
        for (var i = 0; i < 10; i++) fold.Cite(Item($"para {i}"), "Egypt");
        fold.Cite(Item("para 20"), "Qatar");
        fold.Cite(Item("para 30"), "Turkey");
        var shown = fold.Spread(4);
        Assert.Equal(4, shown.Count);
        Assert.Contains(shown, f => f.Supports.Contains("Qatar"));
        Assert.Contains(shown, f => f.Supports.Contains("Turkey"));
        Assert.Equal(2, shown.Count(f => f.Supports.Contains("Egypt")));
        Assert.Equal(shown.Select(f => f.Number).Order(), shown.Select(f => f.Number));
    }

    [Fact]
    public void References_print_as_a_bracketed_list()
    {
        Assert.Equal("[1,3]", EvidenceFold.Refs([1, 3]));
        Assert.Equal("", EvidenceFold.Refs([]));
    }
}
