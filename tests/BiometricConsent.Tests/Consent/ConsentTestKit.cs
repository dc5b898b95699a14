using System.Collections.Generic;
using BiometricConsent.Consent;
using NodaTime;
using NodaTime.Testing;

namespace BiometricConsent.Tests.Consent;

/// <summary>A fake clock, an in-memory ledger and a gate, plus concise builders for consent events.</summary>
internal sealed class ConsentTestKit
{
    public static readonly SubjectId Alice = new SubjectId("alice");
    public static readonly SubjectId Bob = new SubjectId("bob");
    public static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 8, 0);

    public ConsentTestKit(ConsentPolicy? policy = null)
    {
        Clock = new FakeClock(T0);
        Ledger = new InMemoryConsentLedger(Clock);
        Gate = new ConsentGate(Ledger, Clock, policy);
    }

    public FakeClock Clock { get; }

    public InMemoryConsentLedger Ledger { get; }

    public ConsentGate Gate { get; }

    public static ConsentGranted Grant(
        SubjectId? subject = null,
        Instant? at = null,
        IEnumerable<Purpose>? purposes = null,
        Modality modalities = Modality.Face,
        RecognitionFunction functions = RecognitionFunction.Verification,
        NoticeVersion? notice = null,
        ConsentForm form = ConsentForm.ElectronicAction,
        bool separate = true,
        ConsentGiver? giver = null,
        LocalDate? birthDate = null,
        Instant? expiresAt = null,
        DateTimeZone? timeZone = null,
        string? evidence = null,
        string? key = null) =>
        new ConsentGranted(
            subject ?? Alice,
            purposes ?? new[] { Purpose.AccessControl },
            modalities,
            functions,
            notice ?? new NoticeVersion(1),
            at ?? T0,
            form,
            separate,
            giver ?? ConsentGiver.Subject,
            birthDate,
            expiresAt,
            timeZone,
            evidence)
        { IdempotencyKey = key };

    public ConsentLedgerEntry Append(ConsentEvent e) => Ledger.AppendAsync(e).AsTask().GetAwaiter().GetResult();

    public ConsentDecision At(Instant at, Purpose purpose = Purpose.AccessControl, RecognitionFunction function = RecognitionFunction.Verification, Modality modality = Modality.Face, SubjectId? subject = null) =>
        Gate.EvaluateAt(subject ?? Alice, purpose, at, function, modality);
}
