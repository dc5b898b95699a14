#region DocsExampleUsings
using System;
using System.Threading.Tasks;
using BiometricConsent;
using BiometricConsent.Consent;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion
using System.IO;
using NodaTime.Testing;

namespace BiometricConsent.Tests.Consent;

#region DocsExample
// The face SDK's capture call, marked so that the analyzer knows it captures a face.
public interface IFaceCamera
{
    [FaceCapture]
    byte[] CaptureFace();
}

// A door that opens by face. The gate is checked immediately before every capture.
public sealed class FaceDoor
{
    private readonly ConsentGate gate;
    private readonly IFaceCamera camera;

    public FaceDoor(ConsentGate gate, IFaceCamera camera)
    {
        this.gate = gate;
        this.camera = camera;
    }

    public byte[]? ScanAtEntrance(SubjectId member)
    {
        // HasConsent is a [ConsentCheck] predicate: on its true outcome the capture is guarded.
        if (!gate.HasConsent(member, Purpose.AccessControl, RecognitionFunction.Verification))
        {
            return null; // offer the card reader instead (CAC FRT Measures Art. 10)
        }

        return camera.CaptureFace();
    }
}

public static class Enrolment
{
    // Store what proves the consent: the notice version shown, the form, who gave it, the evidence.
    public static ValueTask<ConsentLedgerEntry> RecordConsentAsync(
        ConsentGate gate, SubjectId member, Instant signedAt, LocalDate birthDate, ConsentGiver giver, string signatureId) =>
        gate.RecordAsync(new ConsentGranted(
            member,
            purposes: new[] { Purpose.AccessControl },
            modalities: Modality.Face,
            functions: RecognitionFunction.Verification,
            noticeVersion: NoticeVersion.Parse("3"),
            grantedAt: signedAt,
            form: ConsentForm.ElectronicSignature,
            isSeparate: true,
            giver: giver,
            subjectBirthDate: birthDate,
            evidenceReference: signatureId));
}

public static class DocsExample
{
    public static async Task RunAsync(IClock clock, IFaceCamera camera)
    {
        // Registration: the system clock by default (a test clock here), an in-memory ledger unless a
        // durable one is registered, and the gate with the application's policy.
        using var services = new ServiceCollection()
            .AddBiometricConsent(options =>
            {
                options.Clock = clock;
                options.Policy = ConsentPolicy.Default
                    .WithRequiredNoticeVersion(NoticeVersion.Parse("3"))
                    .WithWrittenConsentRequired(true);
            })
            .BuildServiceProvider();
        var gate = services.GetRequiredService<ConsentGate>();
        var door = new FaceDoor(gate, camera);

        var adult = new SubjectId("member-1001");
        var child = new SubjectId("member-1002");

        // No consent yet: no capture.
        Check(door.ScanAtEntrance(adult) is null);

        // The adult signs the separate consent form; a parent signs for the 10-year-old (PIPL Art. 31).
        var now = clock.GetCurrentInstant();
        await Enrolment.RecordConsentAsync(gate, adult, now, new LocalDate(1988, 4, 2), ConsentGiver.Subject, "esign-77");
        await Enrolment.RecordConsentAsync(gate, child, now, new LocalDate(2016, 9, 1), ConsentGiver.Guardian("member-1001", "father"), "esign-78");
        Check(door.ScanAtEntrance(adult) is not null);
        Check(door.ScanAtEntrance(child) is not null);

        // Purpose and function are scoped: the same consent does not cover 1:N identification for marketing.
        var marketing = gate.Evaluate(adult, Purpose.Marketing, RecognitionFunction.Identification);
        Check(marketing.Reason == ConsentDenialReason.PurposeNotCovered);

        // The child's parent withdraws consent: from now on no capture (PIPL Art. 15), and the face data is
        // due for deletion (PIPL Art. 47) until the deletion is recorded.
        await gate.WithdrawAsync(child, note: "parent withdrew at the front desk");
        Check(door.ScanAtEntrance(child) is null);
        Check((await gate.GetPendingDeletionsAsync()).Count == 1);
        await gate.RecordDeletionAsync(child, "templates purged from all door controllers");
        Check((await gate.GetPendingDeletionsAsync()).Count == 0);

        // Where a capture must not proceed without consent, Require throws and says why.
        try
        {
            gate.Require(child, Purpose.AccessControl);
            camera.CaptureFace();
        }
        catch (ConsentRequiredException e)
        {
            Check(e.Reason == ConsentDenialReason.Withdrawn);
        }
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The example did not behave as documented.");
        }
    }
}
#endregion

public class DocsExampleTests
{
    private sealed class CountingCamera : IFaceCamera
    {
        public int Captures { get; private set; }

        public byte[] CaptureFace()
        {
            Captures++;
            return new byte[] { 1, 2, 3 };
        }
    }

    [Fact]
    public async Task The_documented_example_runs()
    {
        var camera = new CountingCamera();
        await DocsExample.RunAsync(new FakeClock(Instant.FromUtc(2026, 9, 1, 1, 0)), camera);
        // The adult and the child were each captured once, before the withdrawal; never after.
        Assert.Equal(2, camera.Captures);
    }

    [Fact]
    public void The_documentation_shows_the_tested_example_verbatim()
    {
        var root = RepositoryRoot();
        var source = Normalize(File.ReadAllText(Path.Combine(root, "tests", "BiometricConsent.Tests", "Consent", "DocsExampleTests.cs")));
        var usings = Region(source, "DocsExampleUsings");
        var example = Region(source, "DocsExample");

        var doc = Normalize(File.ReadAllText(Path.Combine(root, "docs", "consent-gate.md")));
        Assert.True(example.Length > 1000, "The example region was not found.");
        Assert.Contains("```csharp\n" + usings + "\n" + example + "```", doc);
    }

    private static string Region(string source, string name)
    {
        var startMarker = "#region " + name + "\n";
        var start = source.IndexOf(startMarker, StringComparison.Ordinal);
        Assert.True(start >= 0, "Region " + name + " not found.");
        start += startMarker.Length;
        var end = source.IndexOf("#endregion", start, StringComparison.Ordinal);
        return source.Substring(start, end - start);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BiometricConsent.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BiometricConsent.sln not found above " + AppContext.BaseDirectory);
    }
}
