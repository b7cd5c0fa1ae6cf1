using Ardalis.SmartEnum;

namespace PartyOrg.Domain.Development;

/// <summary>The stage of a person on the path into the Party (contract <c>stage</c> of <c>partyorg development</c>).</summary>
public sealed class DevelopmentStage : BilingualEnum<DevelopmentStage>
{
    /// <summary>入党申请人 — has applied.</summary>
    public static readonly DevelopmentStage Applicant = new("applicant", 1, "入党申请人", "applicant");

    /// <summary>入党积极分子 — designated an activist.</summary>
    public static readonly DevelopmentStage Activist = new("activist", 2, "入党积极分子", "activist");

    /// <summary>发展对象 — listed as a development candidate.</summary>
    public static readonly DevelopmentStage Candidate = new("candidate", 3, "发展对象", "development candidate");

    /// <summary>The branch meeting adopted the admission; the Party committee has not approved it yet.</summary>
    public static readonly DevelopmentStage AwaitingApproval = new("awaiting-approval", 4, "待党委审批", "awaiting approval");

    /// <summary>预备党员 — admission approved, on probation.</summary>
    public static readonly DevelopmentStage Probationary = new("probationary", 5, "预备党员", "probationary member");

    /// <summary>正式党员 — conversion approved.</summary>
    public static readonly DevelopmentStage Full = new("full", 6, "正式党员", "full member");

    /// <summary>取消预备党员资格 — probationary status cancelled.</summary>
    public static readonly DevelopmentStage Cancelled = new("cancelled", 7, "已取消预备党员资格", "cancelled");

    private DevelopmentStage(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>The next step of an applicant (contract <c>nextStep.step</c>).</summary>
public sealed class DevelopmentStep : BilingualEnum<DevelopmentStep>
{
    /// <summary>派人谈话 — talk with the applicant.</summary>
    public static readonly DevelopmentStep Talk = new("talk", 1, "派人谈话", "talk with the applicant");

    /// <summary>确定为入党积极分子.</summary>
    public static readonly DevelopmentStep DesignateActivist = new("designate-activist", 2, "确定入党积极分子", "designate as activist");

    /// <summary>半年考察 — the half-yearly review of an activist.</summary>
    public static readonly DevelopmentStep Review = new("review", 3, "考察", "review the activist");

    /// <summary>列为发展对象.</summary>
    public static readonly DevelopmentStep ListAsCandidate = new("list-as-candidate", 4, "列为发展对象", "list as development candidate");

    /// <summary>支部大会讨论接收预备党员.</summary>
    public static readonly DevelopmentStep AdmissionMeeting = new("admission-meeting", 5, "支部大会讨论接收", "admission meeting");

    /// <summary>党委审批.</summary>
    public static readonly DevelopmentStep Approval = new("approval", 6, "党委审批", "approval by the Party committee");

    /// <summary>支部大会讨论转正.</summary>
    public static readonly DevelopmentStep ConversionMeeting = new("conversion-meeting", 7, "支部大会讨论转正", "conversion meeting");

    /// <summary>党委审批转正.</summary>
    public static readonly DevelopmentStep ConversionApproval = new("conversion-approval", 8, "党委审批转正", "approval of the conversion");

    /// <summary>No further step.</summary>
    public static readonly DevelopmentStep None = new("none", 9, "无", "none");

    private DevelopmentStep(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}

/// <summary>The stage a public notice (公示) is given at (contract <c>publicNotices[].stage</c>).</summary>
public sealed class NoticeStage : SmartEnum<NoticeStage>
{
    /// <summary>Designation of activists.</summary>
    public static readonly NoticeStage Activist = new("activist", 1, "入党积极分子");

    /// <summary>Listing as development candidate.</summary>
    public static readonly NoticeStage Candidate = new("candidate", 2, "发展对象");

    /// <summary>Admission.</summary>
    public static readonly NoticeStage Admission = new("admission", 3, "接收预备党员");

    /// <summary>Conversion.</summary>
    public static readonly NoticeStage Conversion = new("conversion", 4, "预备党员转正");

    private NoticeStage(string name, int value, string chineseName)
        : base(name, value)
    {
        ChineseName = chineseName;
    }

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; }
}

/// <summary>Why an organisational relationship is transferred (contract <c>transfers[].reason</c>).</summary>
public sealed class TransferReason : SmartEnum<TransferReason>
{
    /// <summary>工作单位变动.</summary>
    public static readonly TransferReason UnitChange = new("unit-change", 1, "工作单位变动");

    /// <summary>居住地变动.</summary>
    public static readonly TransferReason ResidenceChange = new("residence-change", 2, "居住地变动");

    /// <summary>外出流动.</summary>
    public static readonly TransferReason Outflow = new("outflow", 3, "外出流动");

    private TransferReason(string name, int value, string chineseName)
        : base(name, value)
    {
        ChineseName = chineseName;
    }

    /// <summary>The Chinese name.</summary>
    public string ChineseName { get; }
}
