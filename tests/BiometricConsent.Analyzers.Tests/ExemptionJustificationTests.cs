using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>BIO1007: [ConsentExempt] needs a non-blank Justification.</summary>
public class ExemptionJustificationTests
{
    [Fact]
    public Task Missing_empty_and_blank_justifications_are_reported_on_the_attribute()
        => Verify.AnalyzerAsync("""
            using Acme.Privacy;

            [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity)|}]
            class Gate
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "")|}]
                void A() { }

                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "   ")|}]
                Gate() { }

                [{|BIO1007:ConsentExemptAttribute(ExemptionBasis.PublicSecurity, Justification = null)|}]
                void B() { }

                void C()
                {
                    [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting)|}]
                    void Local() { }
                    var lambda = [{|BIO1007:ConsentExempt(ExemptionBasis.NewsReporting)|}] () => { };
                    Local();
                }
            }
            """);

    [Fact]
    public Task Message_names_the_member_and_cites_the_burden_of_proof()
        => Verify.AnalyzerAsync(
            """
            using Acme.Privacy;
            class Gate { [{|#0:ConsentExempt(ExemptionBasis.PublicSecurity)|}] void Open() { } }
            """,
            new DiagnosticResult(Descriptors.ExemptionWithoutJustification).WithLocation(0).WithArguments("Gate.Open")
                .WithMessage("[ConsentExempt] on 'Gate.Open' needs a non-blank Justification. The processor bears the burden of proving the exemption (SPC FR Provisions Art. 6 ¶3)."));

    [Fact]
    public Task Justified_exemptions_are_quiet()
        => Verify.AnalyzerAsync("""
            using Acme.Privacy;

            [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Public Security Bureau notice 2024-17; signs posted")]
            class Gate
            {
                [ConsentExempt(ExemptionBasis.PublicHealthEmergency, Justification = "Epidemic order 5")]
                void A() { }
            }
            """);

    [Fact]
    public Task Own_copy_with_justification_as_constructor_parameter_is_understood()
        => new Verify.Test("""
            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.All)]
                sealed class ConsentExemptAttribute : System.Attribute
                {
                    public ConsentExemptAttribute(int basis, string justification) { }
                }

                class Gate
                {
                    [ConsentExempt(2, "Notice 17")] void A() { }
                    [{|BIO1007:ConsentExempt(2, " ")|}] void B() { }
                }
            }
            """) { Prelude = null }.RunWithAsync();
}
