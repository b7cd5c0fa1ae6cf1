using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Json;

/// <summary>Guards of PartyOrg.Domain.Json's public surface: documented, no public setters but init, no static mutable state.</summary>
public class JsonPublicSurfaceTests
{
    private static readonly Assembly Library = typeof(PartyOrg.Domain.Json.PartyOrgDocument).Assembly;

    [Fact]
    public void EveryPublicTypeAndProperty_HasXmlDocumentation()
    {
        var xmlPath = Path.ChangeExtension(Library.Location, ".xml");
        File.Exists(xmlPath).Should().BeTrue();
        var documented = XDocument.Load(xmlPath).Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();
        var missing = Library.GetExportedTypes()
            .SelectMany(t => new[] { "T:" + t.FullName }
                .Concat(t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(p => "P:" + t.FullName + "." + p.Name)))
            .Where(n => !documented.Contains(n))
            .ToList();
        missing.Should().BeEmpty();
    }

    [Fact]
    public void PublicProperties_AreGetOrInitOnly()
    {
        var mutable = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.DeclaringType!.Assembly == Library && p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .Select(p => t.Name + "." + p.Name))
            .ToList();
        mutable.Should().BeEmpty();
    }

    [Fact]
    public void NoMutableStaticFields()
    {
        Library.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.Name.Contains('<'))
            .Select(f => f.DeclaringType!.Name + "." + f.Name)
            .Should().BeEmpty();
    }
}
