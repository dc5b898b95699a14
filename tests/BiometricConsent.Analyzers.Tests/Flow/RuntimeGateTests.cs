using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Tests.Flow;

/// <summary>
/// Guards with the runtime library's own <c>ConsentGate</c> (docs/analyzer.md): its checks take a subject, a purpose and
/// optional arguments, and come as predicate, assertion and their <c>ValueTask</c> forms. <c>Evaluate</c>
/// returns a decision object: not a check itself, but testing its <c>[ConsentCheck]</c> <c>IsGranted</c> is.
/// </summary>
public class RuntimeGateTests
{
    private static readonly MetadataReference NodaTime =
        MetadataReference.CreateFromFile(typeof(global::NodaTime.IClock).Assembly.Location);

    [Fact]
    public Task ConsentGate_checks_and_tested_decisions_guard()
        => new Verify.Test("""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Acme;
            using BiometricConsent;
            using BiometricConsent.Consent;

            class CheckIn
            {
                Image? Predicate(Camera camera, ConsentGate gate, SubjectId member)
                {
                    if (!gate.HasConsent(member, Purpose.AccessControl)) return null;
                    return camera.Capture();
                }

                Image Assertion(Camera camera, ConsentGate gate, SubjectId member)
                {
                    gate.Require(member, Purpose.Attendance, RecognitionFunction.Verification);
                    return camera.Capture();
                }

                async Task<Image?> PredicateAsync(Camera camera, ConsentGate gate, SubjectId member, CancellationToken ct)
                {
                    if (!await gate.HasConsentAsync(member, Purpose.Payment, cancellationToken: ct).ConfigureAwait(false)) return null;
                    return await camera.CaptureAsync().ConfigureAwait(false);
                }

                async Task<Image> AssertionAsync(Camera camera, ConsentGate gate, SubjectId member)
                {
                    await gate.RequireAsync(member, Purpose.Login);
                    return camera.Capture();
                }

                Image Decision(Camera camera, ConsentGate gate, SubjectId member)
                {
                    var decision = gate.Evaluate(member, Purpose.CustomerAnalytics);
                    if (!decision.IsGranted) throw new InvalidOperationException(decision.Message);
                    return camera.Capture();
                }

                Image Unchecked(Camera camera, ConsentGate gate, SubjectId member)
                {
                    var decision = gate.Evaluate(member, Purpose.CustomerAnalytics);
                    Console.WriteLine(decision.Reason);
                    return {|BIO1001:camera.Capture()|};
                }

                Image NotAwaited(Camera camera, ConsentGate gate, SubjectId member)
                {
                    _ = gate.RequireAsync(member, Purpose.Login);
                    return {|BIO1001:camera.Capture()|};
                }
            }
            """)
        {
            Prelude = Prelude.WithLibraryAttributes,
            References = { TestReferences.RuntimeLibrary, NodaTime },
        }.RunWithAsync();
}
