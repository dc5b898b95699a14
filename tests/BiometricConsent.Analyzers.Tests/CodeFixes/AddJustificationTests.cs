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
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>BIO1007 → "Add a justification".</summary>
public class AddJustificationTests
{
    [Fact]
    public Task Missing_or_null_justification_becomes_an_empty_one_to_fill()
        => CodeFixVerify<AddJustificationCodeFixProvider>.FixAsync(
            """
            using Acme.Privacy;

            [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity)|}]
            class Gate
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting, Justification = null)|}]
                void A() { }

                void B()
                {
                    var lambda = [{|BIO1007:ConsentExempt(ExemptionBasis.PublicHealthEmergency)|}] () => { };
                }
            }
            """,
            """
            using Acme.Privacy;

            [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "")|}]
            class Gate
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting, Justification = "")|}]
                void A() { }

                void B()
                {
                    var lambda = [{|BIO1007:ConsentExempt(ExemptionBasis.PublicHealthEmergency, Justification = "")|}] () => { };
                }
            }
            """);

    [Fact]
    public Task Not_offered_for_a_blank_string_or_an_attribute_without_a_settable_justification()
        => CodeFixVerify<AddJustificationCodeFixProvider>.NotOfferedAsync("""
            using Acme.Privacy;

            class Gate
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting, Justification = "  ")|}]
                void A() { }

                [{|BIO1007:Other.ConsentExempt|}]
                void B() { }
            }

            namespace Other
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class ConsentExemptAttribute : System.Attribute { public string? Justification { get; } }
            }
            """);

    [Fact]
    public async Task Caret_goes_to_the_empty_justification()
    {
        var source = "using Acme.Privacy; class Gate { [ConsentExempt(ExemptionBasis.PublicSecurity)] void A() { } }";
        var references = await TestReferences.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Test", LanguageNames.CSharp)
            .WithMetadataReferences(references)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        project = project.AddDocument("Prelude.cs", Prelude.WithLocalAttributes).Project;
        var document = project.AddDocument("Test.cs", source);
        var root = (await document.GetSyntaxRootAsync())!;
        var attribute = root.DescendantNodes().OfType<AttributeSyntax>().Single();
        var diagnostic = Diagnostic.Create(Descriptors.ExemptionWithoutJustification, attribute.GetLocation(), "Gate.A");

        CodeAction? action = null;
        var context = new CodeFixContext(document, diagnostic, (a, _) => action = a, CancellationToken.None);
        await new AddJustificationCodeFixProvider().RegisterCodeFixesAsync(context);
        var operation = (await action!.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
        var changedRoot = (await operation.ChangedSolution.GetDocument(document.Id)!.GetSyntaxRootAsync())!;

        var navigation = changedRoot.GetAnnotatedTokens(AddJustificationCodeFixProvider.NavigationAnnotationKind).Single();
        Assert.Equal("\"\"", navigation.Text);
        Assert.Equal("Justification = \"\"", ((AttributeArgumentSyntax)navigation.Parent!.Parent!).ToString());
    }
}
