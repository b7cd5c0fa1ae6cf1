using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Ardalis.SmartEnum;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

/// <summary>
/// The embedded ILLink descriptor keeps the SmartEnum fields that Ardalis.SmartEnum reads by reflection: without it a
/// trimmed or Native AOT application sees empty vocabularies (<c>OrganizationKind.List</c> is empty).
/// </summary>
public class TrimmingDescriptorTests
{
    private static readonly Assembly Library = typeof(PartyOrg.Domain.Organizations.OrganizationKind).Assembly;

    [Fact]
    public void Descriptor_IsEmbeddedUnderTheNameTheTrimmerReads()
    {
        Library.GetManifestResourceNames().Should().Contain("ILLink.Descriptors.xml");
    }

    [Fact]
    public void Descriptor_PreservesTheFieldsOfEverySmartEnumOfTheLibrary()
    {
        var smartEnums = Library.GetTypes()
            .Where(t => !t.IsAbstract && IsSmartEnum(t))
            .Select(t => t.FullName!)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        smartEnums.Should().Contain("PartyOrg.Domain.Organizations.OrganizationKind");

        Descriptor().Should().BeEquivalentTo(smartEnums, "every SmartEnum needs <type fullname=\"…\" preserve=\"fields\" /> in src/PartyOrg.Domain/ILLink.Descriptors.xml");
    }

    [Fact]
    public void Descriptor_NamesOnlyTypesThatExist()
    {
        Descriptor().Where(n => Library.GetType(n) is null).Should().BeEmpty();
    }

    private static string[] Descriptor()
    {
        using var stream = Library.GetManifestResourceStream("ILLink.Descriptors.xml")!;
        var xml = XDocument.Load(stream);
        var assembly = xml.Root!.Elements("assembly").Single(a => (string?)a.Attribute("fullname") == Library.GetName().Name);
        return assembly.Elements("type")
            .Where(t => (string?)t.Attribute("preserve") == "fields")
            .Select(t => (string)t.Attribute("fullname")!)
            .ToArray();
    }

    private static bool IsSmartEnum(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(SmartEnum<>) || t.GetGenericTypeDefinition() == typeof(SmartEnum<,>)))
            {
                return true;
            }
        }

        return false;
    }
}
