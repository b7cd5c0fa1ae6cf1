using PartyOrg.Domain.Compliance;
using PartyOrg.Domain.Json.Contracts;
using PartyOrg.Domain.Json.Reading;

namespace PartyOrg.Domain.Json;

/// <content>Mapping of the meetings, terms and elections sections to and from the domain.</content>
public sealed partial class PartyOrgDocument
{
    partial void BuildSections(ProblemList problems)
    {
    }

    partial void AddSections(ref ComplianceInput input)
    {
    }
}

/// <content>Writing of the meetings, terms and elections sections.</content>
public static partial class PartyOrgDocumentWriter
{
    private static partial InputDocument AddSections(InputDocument document, ComplianceInput input) => document;
}
