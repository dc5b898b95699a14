using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace BiometricConsent.Packaging.Tests;

/// <summary>
/// What `dotnet add package BiometricConsent` gives a project: the runtime library for both targets, NodaTime as
/// a dependency, the README, and the analyzer — whose BIO1001 shows up in a plain `dotnet build` with no other step.
/// </summary>
[Collection(ChildBuildCollection.Name)]
public sealed class PackageConsumptionTests
{
    private const string Door = """
        using BiometricConsent;
        using BiometricConsent.Consent;

        public interface IFaceCamera
        {
            [FaceCapture]
            byte[] CaptureFace();
        }

        public sealed class Door
        {
            private readonly ConsentGate _gate;
            private readonly IFaceCamera _camera;

            public Door(ConsentGate gate, IFaceCamera camera)
            {
                _gate = gate;
                _camera = camera;
            }

            public byte[] Unguarded() => _camera.CaptureFace();

            public byte[]? Guarded(SubjectId member)
            {
                if (!_gate.HasConsent(member, Purpose.AccessControl))
                {
                    return null;
                }

                return _camera.CaptureFace();
            }
        }
        """;

    private readonly IsolatedBuild build;

    public PackageConsumptionTests(IsolatedBuild build)
    {
        this.build = build;
        var pack = build.Pack("BiometricConsent");
        Assert.True(pack.ExitCode == 0, pack.ToString());
    }

    [Fact]
    public void The_package_holds_both_libraries_the_analyzer_and_the_readme()
    {
        using var zip = ZipFile.OpenRead(build.PackagePath("BiometricConsent"));
        var entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/netstandard2.0/BiometricConsent.dll", entries);
        Assert.Contains("lib/net8.0/BiometricConsent.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/BiometricConsent.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/BiometricConsent.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);

        // The analyzer assemblies are not library references, and not dependencies of their own.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal) && e.Contains("Analyzers"));
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().ToArray();
        Assert.Contains("NodaTime", dependencies);
        Assert.DoesNotContain(dependencies, d => d.StartsWith("BiometricConsent", System.StringComparison.Ordinal) || d.StartsWith("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_project_that_only_adds_the_package_gets_BIO1001_from_dotnet_build()
    {
        var build = DotnetProcess.Run(CreateConsumer("consumer"), "build", "Consumer.csproj", "-c", "Debug");

        Assert.True(build.ExitCode == 0, build.ToString());
        var unguarded = Assert.Single(BuildDiagnostic.Parse(build.Output, "BIO1001"));
        Assert.Equal(("Door.cs", 21, "warning"), (unguarded.FileName, unguarded.Line, unguarded.Severity));
        Assert.Contains("'IFaceCamera.CaptureFace'", unguarded.Message);
        Assert.Contains("'Door.Unguarded'", unguarded.Message);
        Assert.Contains("PIPL Art. 29", unguarded.Message);
    }

    [Fact]
    public void Editorconfig_raises_BIO1001_to_an_error_that_fails_the_build()
    {
        var consumer = CreateConsumer("strict-consumer");
        File.WriteAllText(Path.Combine(consumer, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.BIO1001.severity = error
            """);

        var build = DotnetProcess.Run(consumer, "build", "Consumer.csproj", "-c", "Debug");

        Assert.True(build.ExitCode != 0, build.ToString());
        var unguarded = Assert.Single(BuildDiagnostic.Parse(build.Output, "BIO1001"));
        Assert.Equal(("Door.cs", 21, "error"), (unguarded.FileName, unguarded.Line, unguarded.Severity));
    }

    [Fact]
    public void The_package_readme_example_builds_against_the_package_without_a_warning()
    {
        // The C# example of the package's own readme (src/BiometricConsent/README.md), as a user would paste it.
        var readme = File.ReadAllText(RepositoryPaths.Combine("src/BiometricConsent/README.md"));
        var start = readme.IndexOf("```csharp\n", System.StringComparison.Ordinal);
        Assert.True(start >= 0, "src/BiometricConsent/README.md has no ```csharp example");
        start += "```csharp\n".Length;
        var example = readme.Substring(start, readme.IndexOf("```", start, System.StringComparison.Ordinal) - start);
        var consumer = CreateConsumer("readme-consumer", example);

        var build = DotnetProcess.Run(consumer, "build", "Consumer.csproj", "-c", "Debug", "-warnaserror");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(BuildDiagnostic.Parse(build.Output, "BIO1001"));
    }

    /// <summary>A fresh project that references nothing but the packed package, restored from its folder feed.</summary>
    private string CreateConsumer(string name, string source = Door)
    {
        var consumer = Path.Combine(build.Folder, name);
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{build.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BiometricConsent" Version="{build.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Door.cs"), source);
        return consumer;
    }
}
