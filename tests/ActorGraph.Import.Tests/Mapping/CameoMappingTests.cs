using ActorGraph.Core.Model;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Tests.Mapping;

public class CameoMappingTests
{
    [Theory]
    [InlineData("028", "engages", "mediation", false)]
    [InlineData("038", "mediates", "mediation", true)]
    [InlineData("039", "mediates", "mediation", true)]
    [InlineData("043", "meets", null, false)]
    [InlineData("044", "meets", null, false)]
    [InlineData("045", "mediates", "mediation", true)]
    [InlineData("046", "negotiates", null, true)]
    [InlineData("057", "cooperates", "agreement", false)]
    [InlineData("0871", "agrees-ceasefire", "ceasefire", false)]
    [InlineData("108", "demands", "mediation", false)]
    [InlineData("126", "rejects", "mediation", false)]
    [InlineData("135", "threatens", "mediation", false)]
    [InlineData("165", "rejects", "mediation", false)]
    [InlineData("196", "attacks", "ceasefire", false)]
    public void Mediation_related_codes_have_their_own_mapping(string code, string kind, string? topic, bool signal)
    {
        var m = CameoMapping.Lookup(code);

        Assert.NotNull(m);
        Assert.Equal(kind, m.Kind.Name);
        Assert.Equal(topic, m.Topic);
        Assert.Equal(signal, m.MediationSignal);
    }

    [Theory]
    [InlineData("038", true)]
    [InlineData("38", true)]
    [InlineData("0381", true)]
    [InlineData("039", false)]
    [InlineData("045", false)]
    [InlineData("028", false)]
    [InlineData("03", false)]
    [InlineData("138", false)]
    public void Only_accepted_mediation_runs_from_the_target(string code, bool fromTarget)
    {
        var m = CameoMapping.Lookup(code, out var targetMediates);

        Assert.NotNull(m);
        Assert.Equal(fromTarget, targetMediates);
        if (fromTarget) Assert.Equal(Modality.Hoped, m.Modality);
    }

    [Theory]
    [InlineData("010", "engages")]
    [InlineData("020", "engages")]
    [InlineData("036", "engages")]
    [InlineData("040", "meets")]
    [InlineData("051", "cooperates")]
    [InlineData("061", "cooperates")]
    [InlineData("073", "aids")]
    [InlineData("0874", "cooperates")]
    [InlineData("100", "demands")]
    [InlineData("111", "accuses")]
    [InlineData("120", "rejects")]
    [InlineData("138", "threatens")]
    [InlineData("141", "pressures")]
    [InlineData("150", "threatens")]
    [InlineData("163", "sanctions")]
    [InlineData("173", "pressures")]
    [InlineData("183", "attacks")]
    [InlineData("190", "attacks")]
    [InlineData("202", "attacks")]
    public void Other_codes_map_by_root(string code, string kind) =>
        Assert.Equal(kind, CameoMapping.Lookup(code)!.Kind.Name);

    [Theory]
    [InlineData("43", "043")]
    [InlineData("871", "0871")]
    [InlineData("45", "045")]
    [InlineData("190", "190")]
    [InlineData("20", "20")]
    public void A_lost_leading_zero_is_put_back(string code, string expected)
    {
        Span<char> buffer = stackalloc char[4];
        Assert.True(CameoMapping.TryNormalise(code, buffer, out var n));
        Assert.Equal(expected, buffer[..n].ToString());
        Assert.Equal(CameoMapping.Lookup(expected), CameoMapping.Lookup(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("04a")]
    [InlineData("12345")]
    public void Non_codes_are_rejected(string code) => Assert.Null(CameoMapping.Lookup(code));

    [Fact]
    public void Hoped_for_mediation_keeps_its_modality()
    {
        Assert.Equal(Modality.Hoped, CameoMapping.Lookup("039")!.Modality);
        Assert.Equal(Modality.Reported, CameoMapping.Lookup("045")!.Modality);
    }

    [Fact]
    public void Mapping_indexes_and_tags_are_consistent()
    {
        for (var i = 0; i < EventMappings.All.Length; i++) Assert.Equal(i, EventMappings.All[i].Index);
        Assert.Equal(EventMappings.All.Length, EventMappings.All.Select(m => m.Tag).Distinct().Count());
        Assert.Equal("1.1b3", CameoMapping.Version);
    }
}
