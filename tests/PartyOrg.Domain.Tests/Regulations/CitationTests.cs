using System;
using FluentAssertions;
using NodaTime;
using PartyOrg.Domain.Regulations;
using Xunit;

namespace PartyOrg.Domain.Tests.Regulations;

public class CitationTests
{
    [Fact]
    public void ToChinese_Article_RendersBookTitleAndArticle()
    {
        new Citation(Regulation.BranchWorkRegulations, 11).ToChinese()
            .Should().Be("《中国共产党支部工作条例（试行）》第十一条");
    }

    [Fact]
    public void ToChinese_ParagraphAndItem_RendersKuanAndXiang()
    {
        new Citation(Regulation.OrganRegulations, 26, 1, 6).ToChinese()
            .Should().Be("《中国共产党党和国家机关基层组织工作条例》第二十六条第一款第（六）项");
    }

    [Fact]
    public void ToEnglish_Article_RendersTitleAndArt()
    {
        new Citation(Regulation.OrganRegulations, 26, item: 6).ToEnglish()
            .Should().Be("Regulations on the Work of Basic-Level Organizations of the CPC in Party and State Organs, Art. 26(6)");
    }

    [Fact]
    public void ToChinese_UnconfirmedArticle_SaysSo()
    {
        var c = new Citation(Regulation.BranchWorkRegulations, 20, articleConfirmed: false);
        c.ToChinese().Should().EndWith("第二十条（条款序号待核）");
        c.ToEnglish().Should().EndWith("Art. 20 (article number unconfirmed)");
    }

    [Fact]
    public void ToChinese_Opinion_UsesParts()
    {
        new Citation(Regulation.TermOpinion, 1).ToChinese().Should().Be("《关于党的基层组织任期的意见》第一部分");
    }

    [Fact]
    public void ToChinese_WholeDocument_HasNoArticle()
    {
        new Citation(Regulation.HandbookPractice).ToChinese().Should().Be("《基层党务工作手册（通行做法）》");
    }

    [Fact]
    public void Constructor_ItemWithoutArticle_Throws()
    {
        Action act = () => _ = new Citation(Regulation.Constitution, null, null, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("article");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_NonPositiveArticle_Throws(int article)
    {
        Action act = () => _ = new Citation(Regulation.Constitution, article);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("article");
    }

    [Fact]
    public void Equals_SameParts_AreEqual()
    {
        new Citation(Regulation.Constitution, 30).Should().Be(new Citation(Regulation.Constitution, 30));
        new Citation(Regulation.Constitution, 30).Should().NotBe(new Citation(Regulation.Constitution, 31));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(26, "二十六")]
    [InlineData(100, "一百")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1001, "一千零一")]
    public void ChineseNumerals_Format(int number, string expected)
    {
        ChineseNumerals.Format(number).Should().Be(expected);
    }
}

public class RegulationTests
{
    [Fact]
    public void BuiltIns_HaveUniqueKebabKeysAndTitles()
    {
        Regulation.List.Should().OnlyHaveUniqueItems(r => r.Name);
        Regulation.List.Should().OnlyContain(r => r.ChineseTitle.Length > 0 && r.EnglishTitle.Length > 0);
        Regulation.List.Should().OnlyContain(r => System.Text.RegularExpressions.Regex.IsMatch(r.Name, "^[a-z0-9-]+$"));
    }

    [Fact]
    public void IsInForceOn_Superseded_FollowsDates()
    {
        Regulation.ElectionInterimRegulations1990.IsInForceOn(new LocalDate(2020, 7, 12)).Should().BeTrue();
        Regulation.ElectionInterimRegulations1990.IsInForceOn(new LocalDate(2020, 7, 13)).Should().BeFalse();
        Regulation.ElectionRegulations.IsInForceOn(new LocalDate(2020, 7, 13)).Should().BeTrue();
    }

    [Fact]
    public void Local_CreatesCitableRegulationOutsideTheList()
    {
        var local = Regulation.Local("anhui-university-branch-rules", "安徽省高校党支部工作细则", "Anhui university branch rules", new LocalDate(2021, 1, 1));
        local.Level.Should().Be(RegulationLevel.Local);
        Regulation.List.Should().NotContain(local);
        new Citation(local, 3).ToChinese().Should().Be("《安徽省高校党支部工作细则》第三条");
        local.Should().Be(Regulation.Local("anhui-university-branch-rules", "x", "y", new LocalDate(2022, 1, 1)));
    }

    [Fact]
    public void Local_BuiltInKey_Throws()
    {
        Action act = () => Regulation.Local("constitution-2022", "a", "b", new LocalDate(2022, 1, 1));
        act.Should().Throw<ArgumentException>().WithMessage("*constitution-2022*");
    }
}
