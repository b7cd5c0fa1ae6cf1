using System;
using System.Text;

namespace PartyOrg.Domain.Regulations;

/// <summary>
/// 条款引用 — a citation of a regulation's article (and optionally its paragraph 款 and item 项), rendered
/// as 《中国共产党支部工作条例（试行）》第十一条 in Chinese and "… Art. 11" in English.
/// </summary>
/// <remarks>
/// A citation is an immutable value; two citations are equal when regulation, article, paragraph, item and
/// <see cref="ArticleConfirmed"/> are equal. When the rule catalogue could not confirm the article number
/// against a stored text (marked MEMORY there), <see cref="ArticleConfirmed"/> is false and the rendering adds
/// "(条款序号待核)" / "(article number unconfirmed)".
/// </remarks>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Creates a citation.</summary>
    /// <param name="regulation">The regulation cited.</param>
    /// <param name="article">The article (条) or part number, 1-based; null to cite the whole document.</param>
    /// <param name="paragraph">The paragraph (款), 1-based, or null.</param>
    /// <param name="item">The item (项), 1-based, or null.</param>
    /// <param name="articleConfirmed">False when the article number is the best known but unconfirmed (MEMORY).</param>
    /// <exception cref="ArgumentNullException"><paramref name="regulation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is not positive, or a paragraph or item is given without an article.</exception>
    public Citation(Regulation regulation, int? article = null, int? paragraph = null, int? item = null, bool articleConfirmed = true)
    {
        Regulation = regulation ?? throw new ArgumentNullException(nameof(regulation));
        CheckPositive(article, nameof(article));
        CheckPositive(paragraph, nameof(paragraph));
        CheckPositive(item, nameof(item));
        if (article is null && (paragraph is not null || item is not null))
        {
            throw new ArgumentOutOfRangeException(nameof(article), "A paragraph or item needs an article.");
        }

        Article = article;
        Paragraph = paragraph;
        Item = item;
        ArticleConfirmed = articleConfirmed;
    }

    /// <summary>The regulation cited.</summary>
    public Regulation Regulation { get; }

    /// <summary>The article (条) or part number, or null when the whole document is cited.</summary>
    public int? Article { get; }

    /// <summary>The paragraph (款), or null.</summary>
    public int? Paragraph { get; }

    /// <summary>The item (项), or null.</summary>
    public int? Item { get; }

    /// <summary>False when the article number is the best known but was not read in a stored text.</summary>
    public bool ArticleConfirmed { get; }

    /// <summary>The article part alone in Chinese, e.g. 第二十六条第（六）项, or an empty string.</summary>
    public string ChineseArticle
    {
        get
        {
            if (Article is null || Regulation.ArticleUnit == ArticleUnit.None)
            {
                return string.Empty;
            }

            var sb = new StringBuilder();
            sb.Append('第').Append(ChineseNumerals.Format(Article.Value))
              .Append(Regulation.ArticleUnit == ArticleUnit.Part ? "部分" : "条");
            if (Paragraph is { } p)
            {
                sb.Append('第').Append(ChineseNumerals.Format(p)).Append('款');
            }

            if (Item is { } i)
            {
                sb.Append("第（").Append(ChineseNumerals.Format(i)).Append("）项");
            }

            return sb.ToString();
        }
    }

    /// <summary>The article part alone in English, e.g. "Art. 26(6)", or an empty string.</summary>
    public string EnglishArticle
    {
        get
        {
            if (Article is null || Regulation.ArticleUnit == ArticleUnit.None)
            {
                return string.Empty;
            }

            var sb = new StringBuilder();
            sb.Append(Regulation.ArticleUnit == ArticleUnit.Part ? "Part " : "Art. ")
              .Append(Article.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Paragraph is { } p)
            {
                sb.Append(", para. ").Append(p.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (Item is { } i)
            {
                sb.Append('(').Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(')');
            }

            return sb.ToString();
        }
    }

    /// <summary>The citation in Chinese, e.g. 《中国共产党支部工作条例（试行）》第十一条.</summary>
    public string ToChinese()
        => Regulation.ChineseCitationTitle + ChineseArticle + (ArticleConfirmed || Article is null ? string.Empty : "（条款序号待核）");

    /// <summary>The citation in English, e.g. "Regulations on the Work of Party Branches of the CPC (for Trial Implementation), Art. 11".</summary>
    public string ToEnglish()
    {
        var article = EnglishArticle;
        var text = article.Length == 0 ? Regulation.EnglishTitle : Regulation.EnglishTitle + ", " + article;
        return ArticleConfirmed || Article is null ? text : text + " (article number unconfirmed)";
    }

    /// <summary>Renders the citation in the given language.</summary>
    /// <param name="language">"zh-CN" (or any "zh" tag) for Chinese; anything else gives English.</param>
    /// <returns>The rendered citation.</returns>
    public string ToString(string language) => Internal.Languages.IsChinese(language) ? ToChinese() : ToEnglish();

    /// <summary>The Chinese rendering.</summary>
    /// <returns>The citation in Chinese.</returns>
    public override string ToString() => ToChinese();

    /// <inheritdoc />
    public bool Equals(Citation? other) =>
        other is not null
        && Regulation.Equals(other.Regulation)
        && Article == other.Article
        && Paragraph == other.Paragraph
        && Item == other.Item
        && ArticleConfirmed == other.ArticleConfirmed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Citation c && Equals(c);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var h = Regulation.GetHashCode();
            h = (h * 397) ^ (Article ?? 0);
            h = (h * 397) ^ (Paragraph ?? 0);
            h = (h * 397) ^ (Item ?? 0);
            return (h * 397) ^ (ArticleConfirmed ? 1 : 0);
        }
    }

    private static void CheckPositive(int? value, string name)
    {
        if (value is <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Article, paragraph and item numbers start at 1.");
        }
    }
}
