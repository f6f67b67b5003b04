using System.Text;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests.Hostile;

/// <summary>Data that used to change silently (issue 17): an invalid UTF-8 byte became U+FFFD, and a record
/// with both <c>id</c> and <c>ID</c> loaded the last one.</summary>
public sealed class TextAndKeyTests
{
    [Fact]
    public void Invalid_utf8_in_yaml_is_a_located_error()
    {
        using var seed = new TempSeed();
        var bytes = Encoding.UTF8.GetBytes(TempSeed.Base + "\n  - id: egypt\n    name: Eg").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("ypt\n    kind: state\n")).ToArray();
        File.WriteAllBytes(Path.Combine(seed.Path, "seed.yaml"), bytes);
        var error = Assert.Single(seed.Load().Errors);
        Assert.Equal("seed.yaml:18:13: invalid UTF-8 (byte 0xFF); save the file as UTF-8", error.ToString());
    }

    [Fact]
    public void Invalid_utf8_in_csv_is_a_located_error_and_nothing_is_loaded()
    {
        using var seed = new TempSeed();
        var text = "id,name,kind\nalpha,Alpha,state\negypt,Eg";
        File.WriteAllBytes(Path.Combine(seed.Path, "actors.csv"), [.. Encoding.UTF8.GetBytes(text), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("ypt,state\n")]);
        var result = seed.Load();
        Assert.Null(result.Graph);
        var error = Assert.Single(result.Errors);
        Assert.Equal("actors.csv:3:9: invalid UTF-8 (byte 0xC3); save the file as UTF-8", error.ToString());
    }

    [Fact]
    public void A_file_cut_inside_a_character_is_an_error()
    {
        using var seed = new TempSeed();
        File.WriteAllBytes(Path.Combine(seed.Path, "actors.csv"), [.. Encoding.UTF8.GetBytes("id,name,kind\nalpha,Alph"), 0xC3]);
        Assert.Equal("actors.csv:2:11: invalid UTF-8 (byte 0xC3); save the file as UTF-8", Assert.Single(seed.Load().Errors).ToString());
    }

    [Fact]
    public void Utf16_is_refused_with_a_hint_and_a_utf8_bom_is_fine()
    {
        using var seed = new TempSeed();
        File.WriteAllText(Path.Combine(seed.Path, "actors.yaml"), TempSeed.Base, Encoding.Unicode);
        Assert.Contains("the file is UTF-16", Assert.Single(seed.Load().Errors).Message, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(seed.Path, "actors.yaml"), TempSeed.Base + "\n  - id: tuerkiye\n    name: Türkiye\n    kind: state\n", new UTF8Encoding(true));
        var result = seed.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains(result.Graph!.Actors, a => a.Name == "Türkiye");
    }

    [Fact]
    public void Keys_that_differ_only_by_case_are_a_located_error()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n  - id: zz-a\n    name: Z\n    ID: zz-b\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 19, 5, "actor field 'ID' is given twice (first as 'id' at line 17)");
    }

    [Fact]
    public void Nested_keys_that_differ_only_by_case_are_a_located_error()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base +
            "\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    evidence:\n      - {source: rep, Source: other}\n");
        Expect.Error(seed.Load(), "seed.yaml", 22, 23, "evidence field 'Source' is given twice");
    }

    [Fact]
    public void Top_level_keys_that_differ_only_by_case_are_a_located_error()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\nActors:\n  - id: eps\n    name: Eps\n    kind: state\n");
        Expect.Error(seed.Load(), "seed.yaml", 17, 1, "top-level key 'Actors' repeats 'actors' (line 4)");
    }

    [Fact]
    public void A_list_as_a_key_is_refused_by_the_parser()
    {
        using var seed = new TempSeed().With("seed.yaml", TempSeed.Base + "\n? [a, b]\n: x\n");
        Expect.Error(seed.Load(), "seed.yaml", 17, 3, "YAML key not allowed: a map key must be a plain word, not a list or map");
    }

    [Fact]
    public async Task An_alias_of_a_list_as_a_key_is_refused_before_it_is_hashed()
    {
        // Hashing this key visits 2^40 nodes: refused before the YAML library builds the map.
        var b = new StringBuilder(TempSeed.Base).Append("\nbomb:\n  - &l0 [x, x]\n");
        for (var i = 1; i <= 40; i++) b.Append("  - &l").Append(i).Append(" [*l").Append(i - 1).Append(", *l").Append(i - 1).Append("]\n");
        b.Append("other:\n  ? *l40\n  : x\n");
        using var seed = new TempSeed().With("seed.yaml", b.ToString());
        var result = await Task.Run(seed.Load).WaitAsync(TimeSpan.FromSeconds(60)); // unrefused, it would run for hours
        Assert.Contains(result.Errors, e => e.Message.StartsWith("YAML ", StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_cannot_multiply_a_small_file_into_millions_of_records()
    {
        var b = new StringBuilder(TempSeed.Base).Append("\nrelations:\n  - source: alpha\n    target: beta\n    kind: meets\n    evidence: &e\n");
        for (var i = 0; i < 200; i++) b.Append("      - {source: rep, locator: p").Append(i).Append("}\n");
        for (var i = 0; i < 1000; i++) b.Append("  - {source: alpha, target: gamma, kind: meets, start: 2024-01-01, id: r").Append(i).Append(", evidence: *e}\n");
        using var seed = new TempSeed().With("seed.yaml", b.ToString());
        var result = SeedLoader.Load(seed.Path, new SeedLimits { MaxAliasExpansion = 100_000 });
        var error = Assert.Single(result.Errors);
        Assert.Contains("YAML aliases expand too far: aliases expand to more than 100,000 nodes", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 200, error.ToString());
    }
}
