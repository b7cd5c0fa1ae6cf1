using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Dues;

/// <summary>How a category's monthly amount is found (党费规定 2008 Arts. 2–6).</summary>
public enum DuesBasis
{
    /// <summary>The salary bands on a monthly base (salaried, annual-salary, self-employed).</summary>
    Banded,

    /// <summary>The pension bands (retired members).</summary>
    Pension,

    /// <summary>The provincial monthly amount, given as the base (farmers).</summary>
    ProvincialAmount,

    /// <summary>A fixed national amount (students, the unemployed, relief, minimum living allowance).</summary>
    Flat,
}

/// <summary>The basis of a member's dues (党费规定 2008): what the monthly base is and which bands apply.</summary>
public sealed class DuesCategory : BilingualEnum<DuesCategory>
{
    /// <summary>Salaried: the relatively fixed, regular after-tax pay (Arts. 1–2). The default.</summary>
    public static readonly DuesCategory Salaried = new("salaried", 1, DuesBasis.Banded, "工资收入（税后）", "after-tax regular pay");

    /// <summary>On an annual salary: the pay actually received in the month (Art. 3).</summary>
    public static readonly DuesCategory AnnualSalary = new("annual-salary", 2, DuesBasis.Banded, "年薪制（当月实得）", "annual salary (pay received that month)");

    /// <summary>Self-employed without monthly pay: the previous quarter's average monthly net income (Art. 4).</summary>
    public static readonly DuesCategory SelfEmployed = new("self-employed", 3, DuesBasis.Banded, "无固定工资（上季度月平均纯收入）", "self-employed (previous quarter's average monthly net income)");

    /// <summary>Retired: the pension (Art. 5; the basic pension under 组电明字〔2017〕5号, the caller's policy).</summary>
    public static readonly DuesCategory Retired = new("retired", 4, DuesBasis.Pension, "离退休（养老金）", "retired (pension)");

    /// <summary>Farmer: the provincial monthly amount of 0.20–1.00 yuan (Art. 6).</summary>
    public static readonly DuesCategory Farmer = new("farmer", 5, DuesBasis.ProvincialAmount, "农民", "farmer");

    /// <summary>Student: 0.20 yuan a month (Art. 6).</summary>
    public static readonly DuesCategory Student = new("student", 6, DuesBasis.Flat, "学生", "student");

    /// <summary>Unemployed (下岗失业): 0.20 yuan a month (Art. 6).</summary>
    public static readonly DuesCategory Unemployed = new("unemployed", 7, DuesBasis.Flat, "下岗失业", "unemployed");

    /// <summary>Living on pensions for the bereaved or on relief (依靠抚恤或救济生活): 0.20 yuan a month (Art. 6).</summary>
    public static readonly DuesCategory Relief = new("relief", 8, DuesBasis.Flat, "依靠抚恤或救济生活", "living on relief");

    /// <summary>On the minimum living allowance (低保): 0.20 yuan a month (Art. 6).</summary>
    public static readonly DuesCategory MinimumLivingAllowance = new("minimum-living-allowance", 9, DuesBasis.Flat, "享受最低生活保障", "minimum living allowance");

    private DuesCategory(string name, int value, DuesBasis basis, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
        Basis = basis;
    }

    /// <summary>How the amount is found.</summary>
    public DuesBasis Basis { get; }

    /// <summary>Whether a ledger row of this category needs a <c>base</c> (every basis but <see cref="DuesBasis.Flat"/>).</summary>
    public bool NeedsBase => Basis != DuesBasis.Flat;
}
