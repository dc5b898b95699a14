using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json.Nodes;
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

    private const string BatchFixDoor = """
        using BiometricConsent;
        using BiometricConsent.Consent;

        public interface IFaceCamera
        {
            [FaceCapture]
            byte[] CaptureFace();
        }

        public sealed class Door
        {
            private readonly ConsentGate gate;
            private readonly IFaceCamera camera;

            public Door(ConsentGate gate, IFaceCamera camera)
            {
                this.gate = gate;
                this.camera = camera;
            }

            public byte[] CapturesBeforeItChecks(SubjectId member, Purpose purpose)
            {
                var face = camera.CaptureFace();
                gate.Require(member, purpose);
                return face;
            }

            public byte[] SwallowsTheRefusal(SubjectId member, Purpose purpose)
            {
                try
                {
                    gate.Require(member, purpose);
                }
                catch
                {
                }

                return camera.CaptureFace();
            }

            public byte[] NoCheckAtHand() => camera.CaptureFace();
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
        var consumer = CreateConsumer("consumer");
        var build = DotnetProcess.Run(consumer, "build", "Consumer.csproj", "-c", "Debug");

        Assert.True(build.ExitCode == 0, build.ToString());
        var unguarded = Assert.Single(BuildDiagnostic.Parse(build.Output, "BIO1001"));
        Assert.Equal(("Door.cs", 21, "warning"), (unguarded.FileName, unguarded.Line, unguarded.Severity));
        Assert.Contains("'IFaceCamera.CaptureFace'", unguarded.Message);
        Assert.Contains("'Door.Unguarded'", unguarded.Message);
        Assert.Contains("PIPL Art. 29", unguarded.Message);

        // The package's build files change nothing unless the inventory is asked for: no log, no BIO1900.
        Assert.Empty(Directory.GetFiles(Path.Combine(consumer, "obj"), "*.sarif", SearchOption.AllDirectories));
        Assert.DoesNotContain("BIO1900", build.Output);
    }

    /// <summary>
    /// The documented inventory command (docs/cli.md, "inventory") on a project that only adds the package: the
    /// packed tool builds it with the package's inventory switch and lists both capture sites from the compiler's
    /// SARIF log, the unguarded one (BIO1001's) and the guarded one with the check before it.
    /// </summary>
    [Fact]
    public void The_inventory_command_lists_every_capture_site_of_a_project_that_only_adds_the_package()
    {
        var tool = build.Pack("BiometricConsent.Cli");
        Assert.True(tool.ExitCode == 0, tool.ToString());
        var consumer = CreateConsumer("inventory-consumer");

        var run = DotnetProcess.Run(consumer, build.ToolAssembly, "inventory", "Consumer.csproj", "--format", "json", "-c", "Debug");

        Assert.True(run.ExitCode == 0, run.ToString());
        var sites = JsonNode.Parse(run.Output)!["sites"]!.AsArray()
            .Select(s => (
                File: s!["file"]!.GetValue<string>(),
                Line: s["line"]!.GetValue<int>(),
                Status: s["status"]!.GetValue<string>(),
                Member: s["member"]!.GetValue<string>(),
                In: s["enclosingMember"]!.GetValue<string>(),
                Check: s["guard"]?["check"]?.GetValue<string>(),
                CheckLine: s["guard"]?["line"]?.GetValue<int>()))
            .ToArray();
        Assert.Equal(
            new[]
            {
                ("Door.cs", 21, "unguarded", "IFaceCamera.CaptureFace", "Door.Unguarded", (string?)null, (int?)null),
                ("Door.cs", 30, "guarded", "IFaceCamera.CaptureFace", "Door.Guarded", "ConsentGate.HasConsent", 25),
            },
            sites);
    }

    /// <summary>
    /// Issue 14: an activity file in a project that only adds the package is read and assessed by the analyzer in
    /// the same `dotnet build` (the rules and NodaTime travel in analyzers/dotnet/cs): the XPeng stores case gives
    /// BIO2001 on the line of its deciding fact, a valid file nothing unreadable, and BIO2002 stays a suggestion.
    /// </summary>
    [Fact]
    public void An_activity_file_of_a_project_that_only_adds_the_package_gets_BIO2001_from_dotnet_build()
    {
        using (var zip = ZipFile.OpenRead(build.PackagePath("BiometricConsent")))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/NodaTime.dll", entries);
        }

        var consumer = CreateConsumer("activity-consumer");
        // docs/examples/xpeng-shanghai-2021.json: "consent" on line 14, "notice" on line 15.
        File.Copy(Path.Combine(RepositoryPaths.Root, "docs", "examples", "xpeng-shanghai-2021.json"), Path.Combine(consumer, "stores.activity.json"));
        File.WriteAllText(Path.Combine(consumer, "appsettings.json"), "{ \"not\": \"an activity\" }");

        var result = DotnetProcess.Run(consumer, "build", "Consumer.csproj", "-c", "Debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        var violations = BuildDiagnostic.Parse(result.Output, "BIO2001");
        Assert.Equal(new[] { "CN-CC-1035", "CN-CRPL-29.1" }, violations.Select(v => v.Message.Split(' ')[0]).OrderBy(id => id, System.StringComparer.Ordinal));
        var crpl = Assert.Single(violations, v => v.Message.StartsWith("CN-CRPL-29.1 (CRPL, Art. 29 ¶1) is violated: ", System.StringComparison.Ordinal));
        Assert.Equal(("stores.activity.json", 14, "warning"), (crpl.FileName, crpl.Line, crpl.Severity));
        Assert.Contains("Penalty: CRPL Art. 56", crpl.Message);
        Assert.Empty(BuildDiagnostic.Parse(result.Output, "BIO2003"));
        Assert.Empty(BuildDiagnostic.Parse(result.Output, "BIO2002"));
        Assert.DoesNotContain("AD0001", result.Output);
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

    /// <summary>
    /// The command-line batch fix of docs/fixing.md on the two members issue 10 found silenced by a batch
    /// <em>Add [RequiresConsent]</em>: one captures before it checks, one swallows <c>Require</c>'s exception. After
    /// <c>dotnet format analyzers</c> each either has a guard or still shows BIO1001; nothing is marked
    /// <c>[RequiresConsent]</c>, which would move the obligation to callers that do not exist.
    /// </summary>
    [Fact]
    public void Dotnet_format_fixes_BIO1001_with_guards_and_never_moves_the_obligation_in_batch()
    {
        var consumer = CreateConsumer("format-consumer", BatchFixDoor);

        var format = DotnetProcess.Run(consumer, "format", "analyzers", "Consumer.csproj", "--diagnostics", "BIO1001", "--severity", "warn");

        Assert.True(format.ExitCode == 0, format.ToString());
        var fixedSource = File.ReadAllText(Path.Combine(consumer, "Door.cs"));
        Assert.DoesNotContain("RequiresConsent", fixedSource);
        const string Guard = "if (!gate.HasConsent(member, purpose)) throw new InvalidOperationException(";
        var firstGuard = fixedSource.IndexOf(Guard, System.StringComparison.Ordinal);
        var secondGuard = fixedSource.IndexOf(Guard, firstGuard + 1, System.StringComparison.Ordinal);
        Assert.True(firstGuard >= 0 && secondGuard > firstGuard, fixedSource);
        Assert.True(firstGuard < fixedSource.IndexOf("var face = camera.CaptureFace();", System.StringComparison.Ordinal), fixedSource);
        Assert.True(secondGuard < fixedSource.IndexOf("return camera.CaptureFace();", System.StringComparison.Ordinal), fixedSource);

        // No check can be called in NoCheckAtHand (no subject in scope): its BIO1001 stays, the others are guarded.
        var build = DotnetProcess.Run(consumer, "build", "Consumer.csproj", "-c", "Debug");
        Assert.True(build.ExitCode == 0, build.ToString());
        var remaining = Assert.Single(BuildDiagnostic.Parse(build.Output, "BIO1001"));
        Assert.Contains("'Door.NoCheckAtHand'", remaining.Message);
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
