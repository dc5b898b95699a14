using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>
/// The fixes run while the developer types: on every prefix of a realistic file, offering and applying each fix
/// for each diagnostic must not throw.
/// </summary>
public class HalfTypedCodeFixTests
{
    private const string Sample = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Acme;
        using Acme.Privacy;

        class Kiosk
        {
            private readonly Gate _gate = new Gate();

            Kiosk(Camera camera, string person) { camera.Capture(); }

            Image Face => new Camera().Capture();

            async Task<Image?> ScanAsync(Camera camera, string person)
            {
                // first frame
                Consent.Granted(person);
                if (person.Length > 0)
                    return await camera.CaptureAsync();
                Func<Image> later = () => camera.Capture();
                Image Local() => camera.Capture();
                switch (person) { case "x": camera.Capture(); break; }
                foreach (var c in person) { camera.Capture(c); }
                return Local();
            }

            [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = null)]
            void Exempt() { }

            IEnumerable<Image> Frames(Camera camera, Consent consent)
            {
                consent.IsGranted("p");
                yield return camera.Frame;
            }
        }
        """ + CheckConsentFirstTests.Gates;

    private static readonly CodeFixProvider[] Providers =
    {
        new CheckConsentFirstCodeFixProvider(),
        new AddRequiresConsentCodeFixProvider(),
        new ReturnEarlyCodeFixProvider(),
        new AddJustificationCodeFixProvider(),
    };

    [Fact]
    public async Task Fixes_never_throw_on_any_prefix()
    {
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var offered = 0;
        for (var length = Sample.Length; length > 0; length -= 53)
        {
            offered += await OfferAndApplyAllAsync(Sample.Substring(0, length), references);
        }

        Assert.True(offered > 20, $"only {offered} fixes were offered: the sample no longer exercises the fixes");
    }

    private static async Task<int> OfferAndApplyAllAsync(string source, ImmutableArray<MetadataReference> references)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        project = project.AddDocument("Prelude.cs", Prelude.WithLocalAttributes).Project;
        var document = project.AddDocument("Test.cs", source);
        var compilation = (await document.Project.GetCompilationAsync())!;
        if (source == Sample)
        {
            // The whole sample compiles, so that its full length exercises every fix as written.
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new BiometricConsentAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();

        var offered = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Test.cs"))
        {
            foreach (var provider in Providers.Where(p => p.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var actions = new List<CodeAction>();
                await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None));
                foreach (var action in actions)
                {
                    offered++;
                    var operations = await action.GetOperationsAsync(CancellationToken.None);
                    Assert.NotEmpty(operations);
                }
            }
        }

        return offered;
    }
}
