using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Tests;

/// <summary>"The Secretary-General" alone is the UN's, leading the United Nations, unless another body's secretary-general
/// (NATO, the OAS, the Arab League) is the last one the text named (Recognition/OfficeAlone.cs).</summary>
public class OfficeAloneBodyTests
{
    private static bool HasUnOffice(string text) =>
        ReportReader.ReadText(text).Actors.Any(a => a.Kind == ActorKind.Person && a.Name == OfficeAlone.Name);

    [Fact]
    public void The_office_alone_in_a_un_text_is_the_un_secretary_general() =>
        Assert.True(HasUnOffice("The United Nations welcomed the talks between Zambia and Malawi. The Secretary-General met both delegations in Geneva."));

    [Theory]
    [InlineData("The Secretary-General of NATO visited Zambia in March. The Secretary-General met both delegations in Lusaka.")]
    [InlineData("The NATO Secretary-General visited Zambia in March. The Secretary-General met both delegations in Lusaka.")]
    [InlineData("The Secretary-General of the Arab League visited Zambia in March. The Secretary-General met both delegations in Lusaka.")]
    [InlineData("The United Nations welcomed the talks between Zambia and Malawi. The Secretary-General of NATO visited Zambia. The Secretary-General met both delegations.")]
    public void Another_bodys_secretary_general_named_last_keeps_the_office_from_the_un(string text) =>
        Assert.False(HasUnOffice(text));

    [Fact]
    public void The_un_office_named_after_another_body_takes_the_office_back() =>
        Assert.True(HasUnOffice("The NATO Secretary-General visited Zambia. The Secretary-General of the United Nations wrote to Malawi. The Secretary-General met both delegations."));
}
