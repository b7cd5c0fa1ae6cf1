using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

/// <summary>Guards of the public surface: documented and immutable.</summary>
public class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(PartyOrg.Domain.Compliance.Severity).Assembly;

    [Fact]
    public void EveryPublicTypeAndMember_HasXmlDocumentation()
    {
        var xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        File.Exists(xmlPath).Should().BeTrue("the library generates its XML documentation file");
        var documented = XDocument.Load(xmlPath).Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = Library.GetExportedTypes()
            .SelectMany(t => new[] { "T:" + Name(t) }
                .Concat(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .Where(p => !t.IsEnum)
                    .Select(p => "P:" + Name(t) + "." + p.Name)))
            .Where(n => !documented.Contains(n) && !documented.Any(d => d.StartsWith(n + "(", StringComparison.Ordinal)))
            .ToList();
        missing.Should().BeEmpty();
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSetters_ExceptBuilders()
    {
        var mutable = Library.GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.DeclaringType!.Assembly == Library && p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => t.Name + "." + p.Name))
            .ToList();
        mutable.Should().BeEmpty("domain types are immutable");
    }

    [Fact]
    public void PublicTypes_HaveNoMutableStaticFields()
    {
        var fields = Library.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains("<", StringComparison.Ordinal))
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .ToList();
        fields.Should().BeEmpty("the library has no static mutable state");
    }

    private static string Name(Type t) => (t.FullName ?? t.Name).Replace('+', '.');
}
