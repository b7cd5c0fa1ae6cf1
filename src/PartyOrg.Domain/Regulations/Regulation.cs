using System;
using System.Text;
using Ardalis.SmartEnum;
using NodaTime;

namespace PartyOrg.Domain.Regulations;

/// <summary>
/// 党内法规 (a Party regulation or normative document) that rules cite: the Constitution, the branch work
/// regulations, the election regulations and the others listed in the rule catalogue.
/// </summary>
/// <remarks>
/// <para>
/// <c>Name</c> is the stable kebab-case key used in JSON output and docs
/// (for example <c>branch-work-regulations-2018</c>). Two regulations are equal when their keys are equal.
/// </para>
/// <para>
/// The built-in regulations are listed in <c>List</c>. An application adds a local
/// regulation (a province's implementing rules, a unit's own system) with <see cref="Local"/>; such a regulation
/// can be cited by the application's own rules but is not part of <c>List</c>.
/// </para>
/// <para>
/// Issue and in-force dates of the built-in regulations are those published with each document; where the
/// library's catalogue could not confirm a date against a stored text, <see cref="DatesConfirmed"/> is false.
/// </para>
/// </remarks>
public sealed class Regulation : SmartEnum<Regulation>
{
    /// <summary>《中国共产党章程》(2022年修改) — Constitution of the Communist Party of China, as amended by the 20th National Congress.</summary>
    public static readonly Regulation Constitution = new(
        "constitution-2022", 1, "中国共产党章程", "Constitution of the Communist Party of China",
        new LocalDate(2022, 10, 22), new LocalDate(2022, 10, 22), null, RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《中国共产党章程》(2017年修改) — the Constitution as amended by the 19th National Congress (superseded in 2022).</summary>
    public static readonly Regulation Constitution2017 = new(
        "constitution-2017", 2, "中国共产党章程（2017年修改）", "Constitution of the Communist Party of China (2017 revision)",
        new LocalDate(2017, 10, 24), new LocalDate(2017, 10, 24), new LocalDate(2022, 10, 22), RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《中国共产党章程》(2012年修改) — the Constitution as amended by the 18th National Congress (superseded in 2017).</summary>
    public static readonly Regulation Constitution2012 = new(
        "constitution-2012", 3, "中国共产党章程（2012年修改）", "Constitution of the Communist Party of China (2012 revision)",
        new LocalDate(2012, 11, 14), new LocalDate(2012, 11, 14), new LocalDate(2017, 10, 24), RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《中国共产党支部工作条例（试行）》(2018) — Regulations on the Work of Party Branches (for Trial Implementation).</summary>
    public static readonly Regulation BranchWorkRegulations = new(
        "branch-work-regulations-2018", 10, "中国共产党支部工作条例（试行）",
        "Regulations on the Work of Party Branches of the CPC (for Trial Implementation)",
        new LocalDate(2018, 10, 28), new LocalDate(2018, 10, 28), null, RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《中国共产党基层组织选举工作条例》(2020) — Regulations on the Election Work of Basic-Level Organizations.</summary>
    public static readonly Regulation ElectionRegulations = new(
        "election-regulations-2020", 20, "中国共产党基层组织选举工作条例",
        "Regulations on the Election Work of Basic-Level Organizations of the CPC",
        new LocalDate(2020, 7, 13), new LocalDate(2020, 7, 13), null, RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《中国共产党基层组织选举工作暂行条例》(1990) — the interim election regulations, repealed in 2020.</summary>
    public static readonly Regulation ElectionInterimRegulations1990 = new(
        "election-interim-regulations-1990", 21, "中国共产党基层组织选举工作暂行条例",
        "Interim Regulations on the Election Work of Basic-Level Organizations of the CPC (1990)",
        new LocalDate(1990, 6, 27), new LocalDate(1990, 6, 27), new LocalDate(2020, 7, 13), RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>
    /// 《中国共产党党和国家机关基层组织工作条例》(2019) — Regulations on the Work of Basic-Level Organizations in Party and
    /// State Organs: revised by the Political Bureau on 2019-11-29 (taken as the issue date) and published on 2020-01-05
    /// (taken as the first day in force); it replaced the 2010 version.
    /// </summary>
    public static readonly Regulation OrganRegulations = new(
        "organ-regulations-2019", 30, "中国共产党党和国家机关基层组织工作条例",
        "Regulations on the Work of Basic-Level Organizations of the CPC in Party and State Organs",
        new LocalDate(2019, 11, 29), new LocalDate(2020, 1, 5), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党党组工作条例》(2019) — Regulations on the Work of Leading Party Members Groups.</summary>
    public static readonly Regulation LeadingGroupRegulations = new(
        "leading-group-regulations-2019", 40, "中国共产党党组工作条例",
        "Regulations on the Work of Leading Party Members Groups of the CPC",
        new LocalDate(2019, 4, 6), new LocalDate(2019, 4, 6), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党党组工作条例（试行）》(2015) — the trial regulations on leading Party members groups, superseded in 2019.</summary>
    public static readonly Regulation LeadingGroupRegulations2015 = new(
        "leading-group-regulations-2015", 41, "中国共产党党组工作条例（试行）",
        "Regulations on the Work of Leading Party Members Groups of the CPC (for Trial Implementation, 2015)",
        new LocalDate(2015, 6, 11), new LocalDate(2015, 6, 11), new LocalDate(2019, 4, 6), RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>
    /// 《关于党的基层组织任期的意见》(2018) — Opinions on the Terms of Basic-Level Party Organizations (General Office of the
    /// Central Committee), published by Xinhua on 2018-07-12 and in force from publication (Part 5: 「本意见自发布之日起施行」).
    /// </summary>
    public static readonly Regulation TermOpinion = new(
        "term-opinion-2018", 50, "关于党的基层组织任期的意见",
        "Opinions on the Terms of Office of Basic-Level Party Organizations",
        new LocalDate(2018, 7, 12), new LocalDate(2018, 7, 12), null, RegulationLevel.Central, ArticleUnit.Part, true);

    /// <summary>《中国共产党发展党员工作细则》(2014) — Detailed Rules on the Recruitment of Party Members.</summary>
    public static readonly Regulation MemberDevelopmentRules = new(
        "member-development-rules-2014", 60, "中国共产党发展党员工作细则",
        "Detailed Rules on the Recruitment of Members of the CPC",
        new LocalDate(2014, 5, 28), new LocalDate(2014, 5, 28), null, RegulationLevel.Central, ArticleUnit.Article, true);

    /// <summary>《关于中国共产党党费收缴、使用和管理的规定》(2008) — Provisions on the Collection, Use and Management of Membership Dues.</summary>
    public static readonly Regulation DuesRegulations = new(
        "dues-regulations-2008", 70, "关于中国共产党党费收缴、使用和管理的规定",
        "Provisions on the Collection, Use and Management of CPC Membership Dues",
        new LocalDate(2008, 2, 28), new LocalDate(2008, 4, 1), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党农村基层组织工作条例》(2019) — Regulations on the Work of Rural Basic-Level Organizations.</summary>
    public static readonly Regulation RuralRegulations = new(
        "rural-regulations-2019", 80, "中国共产党农村基层组织工作条例",
        "Regulations on the Work of Rural Basic-Level Organizations of the CPC",
        new LocalDate(2018, 12, 28), new LocalDate(2018, 12, 28), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党国有企业基层组织工作条例（试行）》(2019) — Regulations on the Work of Basic-Level Organizations in State-Owned Enterprises (for Trial Implementation).</summary>
    public static readonly Regulation SoeRegulations = new(
        "soe-regulations-2019", 90, "中国共产党国有企业基层组织工作条例（试行）",
        "Regulations on the Work of Basic-Level Organizations of the CPC in State-Owned Enterprises (for Trial Implementation)",
        new LocalDate(2019, 12, 30), new LocalDate(2019, 12, 30), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党普通高等学校基层组织工作条例》(2021) — Regulations on the Work of Basic-Level Organizations in Regular Institutions of Higher Education.</summary>
    public static readonly Regulation UniversityRegulations = new(
        "university-regulations-2021", 100, "中国共产党普通高等学校基层组织工作条例",
        "Regulations on the Work of Basic-Level Organizations of the CPC in Regular Institutions of Higher Education",
        new LocalDate(2021, 4, 16), new LocalDate(2021, 4, 16), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《中国共产党党员教育管理工作条例》(2019) — Regulations on the Education and Management of Party Members.</summary>
    public static readonly Regulation MemberEducationRegulations = new(
        "member-education-regulations-2019", 110, "中国共产党党员教育管理工作条例",
        "Regulations on the Education and Management of Members of the CPC",
        new LocalDate(2019, 5, 6), new LocalDate(2019, 5, 6), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>《党政领导干部选拔任用工作条例》(2019) — Regulations on the Selection and Appointment of Leading Party and Government Cadres.</summary>
    public static readonly Regulation CadreSelectionRegulations = new(
        "cadre-selection-regulations-2019", 120, "党政领导干部选拔任用工作条例",
        "Regulations on the Selection and Appointment of Leading Party and Government Cadres",
        new LocalDate(2019, 3, 3), new LocalDate(2019, 3, 3), null, RegulationLevel.Central, ArticleUnit.Article, false);

    /// <summary>
    /// 党务工作手册 (Party-affairs handbooks): the published handbook practice that fills gaps where no central
    /// regulation sets a number (general-branch committee size, organ assemblies). Not a regulation; rules citing it
    /// are advisory.
    /// </summary>
    public static readonly Regulation HandbookPractice = new(
        "handbook-practice", 900, "基层党务工作手册（通行做法）",
        "Party-affairs handbook practice (not a regulation)",
        new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1), null, RegulationLevel.Practice, ArticleUnit.None, false);

    private Regulation(
        string key,
        int value,
        string chineseTitle,
        string englishTitle,
        LocalDate issuedOn,
        LocalDate inForceFrom,
        LocalDate? inForceUntil,
        RegulationLevel level,
        ArticleUnit articleUnit,
        bool datesConfirmed)
        : base(key, value)
    {
        ChineseTitle = chineseTitle;
        EnglishTitle = englishTitle;
        IssuedOn = issuedOn;
        InForceFrom = inForceFrom;
        InForceUntil = inForceUntil;
        Level = level;
        ArticleUnit = articleUnit;
        DatesConfirmed = datesConfirmed;
    }

    /// <summary>The Chinese title without book-title marks, e.g. 中国共产党支部工作条例（试行）.</summary>
    public string ChineseTitle { get; }

    /// <summary>The English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>The date the regulation was issued (印发).</summary>
    public LocalDate IssuedOn { get; }

    /// <summary>The first day the regulation is in force (施行).</summary>
    public LocalDate InForceFrom { get; }

    /// <summary>The first day the regulation is no longer in force (repealed or superseded), or null while it is in force.</summary>
    public LocalDate? InForceUntil { get; }

    /// <summary>Whether it is a central regulation, local rule or handbook practice.</summary>
    public RegulationLevel Level { get; }

    /// <summary>How the regulation is divided (条 articles, or numbered parts), used to render citations.</summary>
    public ArticleUnit ArticleUnit { get; }

    /// <summary>
    /// True when the issue and in-force dates were read in a stored text; false when they are the best known
    /// (the rule catalogue marks such facts MEMORY).
    /// </summary>
    public bool DatesConfirmed { get; }

    /// <summary>The title in book-title marks, e.g. 《中国共产党支部工作条例（试行）》.</summary>
    public string ChineseCitationTitle => "《" + ChineseTitle + "》";

    /// <summary>Whether the regulation is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when <see cref="InForceFrom"/> ≤ date and the regulation was not yet superseded.</returns>
    public bool IsInForceOn(LocalDate date) => date >= InForceFrom && (InForceUntil is null || date < InForceUntil.Value);

    /// <summary>
    /// Creates a local regulation (地方或单位规定) that an application's own rules can cite, such as a province's
    /// implementing rules. It is not added to <c>List</c>.
    /// </summary>
    /// <param name="key">A stable kebab-case key, unique among the application's regulations, e.g. <c>anhui-branch-rules-2021</c>.</param>
    /// <param name="chineseTitle">The Chinese title without book-title marks.</param>
    /// <param name="englishTitle">The English title.</param>
    /// <param name="issuedOn">The issue date, also taken as the first day in force.</param>
    /// <param name="inForceUntil">The first day no longer in force, or null.</param>
    /// <returns>The local regulation. Equality is by key.</returns>
    /// <exception cref="ArgumentException">The key is empty, not kebab-case, or names a built-in regulation; a title is empty; <paramref name="inForceUntil"/> is not after <paramref name="issuedOn"/>.</exception>
    public static Regulation Local(string key, string chineseTitle, string englishTitle, LocalDate issuedOn, LocalDate? inForceUntil = null)
    {
        Internal.Guard.Key(key, nameof(key));
        Internal.Guard.NotBlank(chineseTitle, nameof(chineseTitle));
        Internal.Guard.NotBlank(englishTitle, nameof(englishTitle));
        if (TryFromName(key, out _))
        {
            throw new ArgumentException($"\"{key}\" is the key of a built-in regulation; choose another key for a local regulation.", nameof(key));
        }

        if (inForceUntil is { } until && until <= issuedOn)
        {
            throw new ArgumentException($"Local regulation \"{key}\": inForceUntil {until:uuuu-MM-dd} must be after issuedOn {issuedOn:uuuu-MM-dd}.", nameof(inForceUntil));
        }

        return new Regulation(key, LocalValue(key), chineseTitle, englishTitle, issuedOn, issuedOn, inForceUntil, RegulationLevel.Local, ArticleUnit.Article, true);
    }

    /// <summary>Finds a built-in regulation by key, or returns false.</summary>
    /// <param name="key">The kebab-case key.</param>
    /// <param name="regulation">The regulation found, or null.</param>
    /// <returns>True when found.</returns>
    public static bool TryFind(string key, out Regulation? regulation)
    {
        var found = TryFromName(key, out var r);
        regulation = found ? r : null;
        return found;
    }

    private static int LocalValue(string key)
    {
        // FNV-1a over UTF-8: stable across processes and platforms, kept clear of the built-in range (< 1000).
        uint hash = 2166136261;
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return (int)(hash % 2_000_000_000u) + 100_000;
    }
}
