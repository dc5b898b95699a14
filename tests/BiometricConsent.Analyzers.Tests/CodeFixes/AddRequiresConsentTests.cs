using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>BIO1001 → "Add [RequiresConsent] to '{member}'": where the attribute goes, and that callers then warn.</summary>
public class AddRequiresConsentTests
{
    private static Task FixAsync(string source, string fixedSource)
        => CodeFixVerify<AddRequiresConsentCodeFixProvider>.FixAsync(source, fixedSource);

    private static Task NotOfferedAsync(string source)
        => CodeFixVerify<AddRequiresConsentCodeFixProvider>.NotOfferedAsync(source);

    /// <summary>
    /// Moving the obligation is a one-at-a-time choice: without a fix-all provider, neither IDE fix-all nor
    /// <c>dotnet format analyzers</c> (which runs every registered provider's fix-all) applies it; the batch fix of
    /// BIO1001 is <em>Check consent first</em> (the packaging tests run the real <c>dotnet format</c>).
    /// </summary>
    [Fact]
    public void Has_no_fix_all_so_a_batch_fix_never_moves_the_obligation()
    {
        Assert.Null(new AddRequiresConsentCodeFixProvider().GetFixAllProvider());
        var batch = new CheckConsentFirstCodeFixProvider().GetFixAllProvider();
        Assert.NotNull(batch);
        Assert.Contains(FixAllScope.Solution, batch!.GetSupportedFixAllScopes());
    }

    [Fact]
    public Task Own_warning_goes_away_and_unguarded_callers_now_warn()
    {
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(
            """
            using Acme;
            class Kiosk
            {
                internal void Scan(Camera camera)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }

            class Lobby
            {
                void Unguarded(Kiosk kiosk) => kiosk.Scan(new Camera());

                void Guarded(Kiosk kiosk, Consent consent)
                {
                    if (consent.IsGranted("p")) kiosk.Scan(new Camera());
                }
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [RequiresConsent]
                internal void Scan(Camera camera)
                {
                    camera.Capture();
                }
            }

            class Lobby
            {
                void Unguarded(Kiosk kiosk) => {|BIO1001:kiosk.Scan(new Camera())|};

                void Guarded(Kiosk kiosk, Consent consent)
                {
                    if (consent.IsGranted("p")) kiosk.Scan(new Camera());
                }
            }
            """)
        {
            // One fix: the caller's new warning is the next fix's business. Fix-all is tested where nothing cascades.
            CodeFixTestBehaviors = CodeFixTestBehaviors.FixOne | CodeFixTestBehaviors.SkipFixAllCheck,
        };
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Title_names_the_member()
    {
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(
            "using Acme; using Acme.Privacy; class Kiosk { void Scan(Camera c) { {|BIO1001:c.Capture()|}; } }",
            "using Acme; using Acme.Privacy; class Kiosk { [RequiresConsent] void Scan(Camera c) { c.Capture(); } }")
        {
            CodeActionEquivalenceKey = "BIO1001.AddRequiresConsent",
        };
        test.CodeActionVerifier = (action, verifier) => verifier.Equal("Add [RequiresConsent] to 'Kiosk.Scan'", action.Title);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Constructor_property_and_accessor_are_marked()
        => FixAsync(
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                Kiosk(Camera camera) { {|BIO1001:camera.Capture()|}; }

                Image Face => {|BIO1001:new Camera().Capture()|};

                /// <summary>The last image.</summary>
                [System.Obsolete]
                Image Last
                {
                    get { return {|BIO1001:new Camera().Capture()|}; }
                }
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [RequiresConsent]
                Kiosk(Camera camera) { camera.Capture(); }

                [RequiresConsent]
                Image Face => new Camera().Capture();

                /// <summary>The last image.</summary>
                [System.Obsolete]
                [RequiresConsent]
                Image Last
                {
                    get { return new Camera().Capture(); }
                }
            }
            """);

    [Fact]
    public Task Local_functions_and_lambdas_are_marked_and_simple_lambdas_get_parentheses()
        => FixAsync(
            """
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera)
                {
                    Image Local() => {|BIO1001:camera.Capture()|};
                    Func<Image> lambda = () => {|BIO1001:camera.Capture()|};
                    Func<int, Image> simple = quality => {|BIO1001:camera.Capture(quality)|};
                }
            }
            """,
            """
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera)
                {
                    [RequiresConsent]
                    Image Local() => camera.Capture();
                    Func<Image> lambda = [RequiresConsent] () => camera.Capture();
                    Func<int, Image> simple = [RequiresConsent] (quality) => camera.Capture(quality);
                }
            }
            """);

    [Fact]
    public Task Fix_all_adds_one_attribute_per_member()
        => FixAsync(
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera)
                {
                    {|BIO1001:camera.Capture()|};
                    {|BIO1001:camera.Capture()|};
                }

                Image Take(Camera camera) => {|BIO1001:camera.Capture()|};
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [RequiresConsent]
                void Scan(Camera camera)
                {
                    camera.Capture();
                    camera.Capture();
                }

                [RequiresConsent]
                Image Take(Camera camera) => camera.Capture();
            }
            """);

    [Fact]
    public Task Not_offered_where_callers_would_escape_or_the_language_forbids_it()
        => NotOfferedAsync("""
            using System;
            using Acme;
            interface IScanner { Image Scan(Camera camera); }
            abstract class Base { public abstract Image Take(Camera camera); }
            class Kiosk : Base, IScanner
            {
                static Camera Shared = new Camera();
                Image _first = {|BIO1001:Shared.Capture()|};

                static Kiosk() { {|BIO1001:Shared.Capture()|}; }

                public Image Scan(Camera camera) => {|BIO1001:camera.Capture()|};

                public override Image Take(Camera camera) => {|BIO1001:camera.Capture()|};

                public static Kiosk operator +(Kiosk a, Kiosk b) { {|BIO1001:Shared.Capture()|}; return a; }

                void Run(Camera camera)
                {
                    Func<Image> old = delegate { return {|BIO1001:camera.Capture()|}; };
                }
            }
            """);

    [Fact]
    public Task Before_CSharp_10_lambdas_are_not_offered_but_local_functions_are()
    {
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(
            """
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Run(Camera camera)
                {
                    Func<Image> lambda = () => {|BIO1001:camera.Capture()|};
                    Image Local() => {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using System;
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Run(Camera camera)
                {
                    Func<Image> lambda = () => {|BIO1001:camera.Capture()|};
                    [RequiresConsent]
                    Image Local() => camera.Capture();
                }
            }
            """);
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp9)));
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Runtime_library_attribute_is_imported_with_its_namespace()
    {
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera)
                {
                    {|BIO1001:camera.Capture()|};
                }
            }
            """,
            """
            using Acme;
            using BiometricConsent;
            class Kiosk
            {
                [RequiresConsent]
                void Scan(Camera camera)
                {
                    camera.Capture();
                }
            }
            """,
            Prelude.WithLibraryAttributes);
        test.TestState.AdditionalReferences.Add(TestReferences.RuntimeLibrary);
        return test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public Task Attribute_the_file_already_sees_is_preferred_to_the_runtime_library()
    {
        var test = new CodeFixVerify<AddRequiresConsentCodeFixProvider>.Test(
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                void Scan(Camera camera) { {|BIO1001:camera.Capture()|}; }
            }
            """,
            """
            using Acme;
            using Acme.Privacy;
            class Kiosk
            {
                [RequiresConsent]
                void Scan(Camera camera) { camera.Capture(); }
            }
            """);
        test.TestState.AdditionalReferences.Add(TestReferences.RuntimeLibrary);
        return test.RunAsync(CancellationToken.None);
    }
}
