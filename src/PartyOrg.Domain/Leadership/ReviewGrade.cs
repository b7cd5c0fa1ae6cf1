using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Leadership;

/// <summary>The grade of a 述职评议考核 (as implemented: 好 / 较好 / 一般 / 差, the 2019 measures' four grades).</summary>
public sealed class ReviewGrade : BilingualEnum<ReviewGrade>
{
    /// <summary>好.</summary>
    public static readonly ReviewGrade Good = new("good", 1, "好", "good");

    /// <summary>较好.</summary>
    public static readonly ReviewGrade FairlyGood = new("fairly-good", 2, "较好", "fairly good");

    /// <summary>一般.</summary>
    public static readonly ReviewGrade Average = new("average", 3, "一般", "average");

    /// <summary>差.</summary>
    public static readonly ReviewGrade Poor = new("poor", 4, "差", "poor");

    private ReviewGrade(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
