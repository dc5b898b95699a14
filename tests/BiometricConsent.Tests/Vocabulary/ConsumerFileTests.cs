// A consumer's file: it imports every public namespace of the BiometricConsent assembly (NamespaceClashTests
// checks that this list is complete) and uses the rules and the consent gate together, without qualification.
// It lies outside the BiometricConsent namespace on purpose: code inside it would find BiometricConsent.Purpose
// by namespace nesting before looking at the using directives, and would not see a clash.
#region ConsumerUsings
using System;
using System.Threading.Tasks;
using BiometricConsent;
using BiometricConsent.Consent;
using BiometricConsent.Policy.Calendars;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using BiometricConsent.Policy.Rules.China;
using BiometricConsent.Policy.Rules.EuropeanUnion;
using BiometricConsent.Policy.Rules.UnitedStates;
using BiometricConsent.Policy.Serialization;
using NodaTime;
using NodaTime.Testing;
#endregion

namespace VocabularyConsumer;

public sealed class ConsumerFileTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 9, 1, 1, 0);

    [Fact]
    public async Task The_rules_and_the_gate_speak_one_vocabulary()
    {
        // The activity the rules assess names the purpose, function and modality in the shared vocabulary...
        var activity = new Activity(
            Jurisdiction.Parse("CN-SH"),
            ActivityPeriod.FromDates(new LocalDate(2026, 9, 1)),
            modalities: new[] { Modality.Face },
            function: RecognitionFunction.Verification,
            purposes: new[] { Purpose.AccessControl });
        var assessor = new Assessor(RuleCatalog.Default, new AssessorOptions { Calendar = WeekdayCalendar.Instance, Clock = new FakeClock(Now) });
        var assessment = assessor.Assess(activity);
        Assert.Equal(Outcome.Undetermined, assessment.Find(PiplRules.Art29.Id)!.Outcome);
        Assert.Null(assessment.Find(BipaRules.Section15b.Id)); // a Shanghai activity gets no Illinois rule
        Assert.Contains("\"CN-PIPL-29\"", AssessmentJsonWriter.ToJson(assessment), StringComparison.Ordinal);
        Assert.Null(assessment.Find(GdprRules.Art9.Id)); // EU rules never cover CN-SH

        // ...and the gate checks consent with the very same values.
        var clock = new FakeClock(Now);
        var gate = new ConsentGate(new InMemoryConsentLedger(clock), clock);
        var member = new SubjectId("member-1");
        var purpose = activity.Purposes![0];
        var function = activity.Function!.Value;
        var modality = activity.Modalities[0];
        Assert.False(gate.HasConsent(member, purpose, function, modality));

        await gate.RecordAsync(new ConsentGranted(
            member,
            activity.Purposes,
            modality,
            function,
            NoticeVersion.Parse("1"),
            Now,
            ConsentForm.ElectronicSignature,
            isSeparate: true,
            ConsentGiver.Subject));
        Assert.True(gate.HasConsent(member, purpose, function, modality));
        Assert.True(activity.Uses(modality));
        Assert.Equal(true, activity.Serves(purpose));
        Assert.Equal(Purpose.AccessControl, ActivityJson.Parse("""{ "jurisdiction": "CN", "period": { "start": "2026-09-01" }, "purposes": ["AccessControl"] }""").Purposes![0]);
    }
}
