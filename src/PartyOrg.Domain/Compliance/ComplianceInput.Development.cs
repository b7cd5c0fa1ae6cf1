using PartyOrg.Domain.Calendars;
using PartyOrg.Domain.Development;

namespace PartyOrg.Domain.Compliance;

public sealed partial class ComplianceInput
{
    /// <summary>The development records (发展党员), or null when none were added (the DEV-* rules that need a record do not run).</summary>
    public DevelopmentLog? Development => GetData<DevelopmentLog>();

    /// <summary>The transfers, flowing members and lost contacts (组织关系), or null when none were added.</summary>
    public MemberRelations? Relations => GetData<MemberRelations>();

    /// <summary>The caller's working-day calendar (public notices), or null for the library's own.</summary>
    public IWorkingDayCalendar? WorkingDays => GetData<IWorkingDayCalendar>();

    /// <summary>A copy with the development records, checked by the development rules and the Party-standing rule.</summary>
    /// <param name="development">The records (built with <see cref="DevelopmentLog.Create"/> against the same tree).</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithDevelopment(DevelopmentLog development) => WithData(development);

    /// <summary>A copy with the organisational relationships, checked by the transfer and lost-contact rules.</summary>
    /// <param name="relations">The relations.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithRelations(MemberRelations relations) => WithData(relations);

    /// <summary>A copy with the caller's working days (public notices count them).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The new input.</returns>
    public ComplianceInput WithWorkingDays(IWorkingDayCalendar calendar) => WithData(calendar);
}
