using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.SdkCatalog;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// The catalog against each published version of the SDKs in <see cref="SdkVersions"/>: the consumer of each
/// version calls every public method of that version's stubs, and BIO1001 must report exactly the marked calls.
/// </summary>
public sealed class SdkVersionTests
{
    public static TheoryData<string> Versions()
    {
        var data = new TheoryData<string>();
        foreach (var version in SdkVersions.All)
        {
            data.Add(version.Key);
        }

        return data;
    }

    public static TheoryData<string, string> VersionedEntries()
    {
        var sdks = SdkVersions.All.Select(version => version.Sdk).ToHashSet();
        var data = new TheoryData<string, string>();
        foreach (var entry in BuiltInSdkCatalog.Entries.Where(entry => sdks.Contains(entry.Sdk)))
        {
            data.Add(entry.TypeMetadataName, entry.MemberName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_consumer_compiles_against_the_stubs(string key)
    {
        Assert.Empty(SdkCatalogCompilation.Errors(SdkVersionCompilation.Consumer(SdkVersions.Get(key))));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_consumer_calls_every_public_method_of_the_version(string key)
    {
        // A method nobody calls is a method nobody decided about: captures are marked, the rest must stay quiet.
        var version = SdkVersions.Get(key);
        var compilation = SdkVersionCompilation.Consumer(version);
        var called = SdkVersionCompilation.CalledMethods(compilation);
        var uncalled = SdkVersionCompilation.DeclaredMethods(compilation, version)
            .Where(method => !called.Contains(method))
            .Select(method => method.ToDisplayString());

        Assert.Empty(uncalled);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Every_capture_call_gets_BIO1001_and_nothing_else_does(string key)
    {
        var version = SdkVersions.Get(key);
        var test = new SdkCatalogAnalyzerTest(withRealSdks: false);
        test.TestState.AdditionalReferences.AddRange(SdkVersionCompilation.StubReferences(version));
        test.TestState.Sources.Add(version.Consumer);
        test.ExpectedDiagnostics.AddRange(SdkVersionCompilation.MarkedCalls(version.Consumer).Select(offset => SdkCatalogAnalyzerTest.ExpectedAt(version.Consumer, offset)));

        await test.RunAsync();
    }

    [Theory]
    [MemberData(nameof(VersionedEntries))]
    public void Entry_names_a_public_method_of_some_version(string typeMetadataName, string memberName)
    {
        // An entry that matches no version is dead weight, or a typo that leaves a capture unreported.
        var found = SdkVersions.All
            .Select(SdkVersionCompilation.Consumer)
            .SelectMany(compilation => compilation.GetTypesByMetadataName(typeMetadataName))
            .SelectMany(type => type.GetMembers(memberName))
            .Any(member => member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public });

        Assert.True(found, $"{typeMetadataName}.{memberName} is in no stubbed version");
    }
}
