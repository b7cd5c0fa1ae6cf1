#if !NETSTANDARD_BUILD
using System.Reflection;
using System.Runtime.Versioning;
using FluentAssertions;
using Xunit;

namespace PartyOrg.Domain.Tests.Build;

public sealed class TargetFrameworkTests
{
    [Fact]
    public void Tests_run_against_the_net10_build_of_the_library()
    {
        // Loaded by name so this test does not depend on any particular library type.
        var assembly = Assembly.Load(new AssemblyName("PartyOrg.Domain"));
        assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName
            .Should().Be(".NETCoreApp,Version=v10.0");
    }
}
#endif
