using System;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Rules;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

/// <summary>The C# API rejects the same bad facts as the JSON reader, naming the parameter.</summary>
public class ModelTests
{
    private static readonly Jurisdiction Shanghai = Jurisdiction.Parse("CN-SH");

    private static void Rejects(string parameter, Action create)
    {
        var e = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(parameter, e.ParamName);
        if (!(e is ArgumentNullException) && e.TargetSite?.DeclaringType?.Namespace == typeof(Activity).Namespace)
        {
            // A fact is rejected with what the JSON reader reports: its path, named by the check itself.
            Assert.StartsWith("$.", FactGuard.PathOf(e));
        }
    }

    [Fact]
    public void FactSectionsRejectContradictions()
    {
        Rejects("separate", () => new ConsentFacts(obtained: false, separate: true));
        Rejects("explicit", () => new ConsentFacts(obtained: false, @explicit: true));
        Rejects("bundled", () => new ConsentFacts(obtained: true, separate: true, bundled: true));
        Rejects("beforeProcessing", () => new NoticeFacts(given: false, beforeProcessing: true));
        Rejects("elements", () => new NoticeFacts(given: false, elements: new[] { NoticeElement.Purpose }));
        Rejects("elements", () => new NoticeFacts(elements: new[] { NoticeElement.Purpose, NoticeElement.Purpose }));
        Rejects("alternativeOffered", () => new NecessityFacts(nonBiometricAlternativeExists: false, alternativeOffered: true));
        Rejects("completedOn", () => new ImpactAssessmentFacts(done: false, completedOn: new LocalDate(2022, 1, 1)));
        Rejects("retention", () => new StorageFacts(retention: Period.FromDays(-1)));
        Rejects("crossBorderMechanism", () => new StorageFacts(crossBorderMechanism: (CrossBorderMechanism)99));
        Rejects("sold", () => new SharingFacts(sharedWithThirdParties: false, sold: true));
        Rejects("filedOn", () => new FilingFacts(filedOn: new LocalDate(2025, 7, 1)));
        Rejects("regulatorNotified", () => new SecurityFacts(incident: false, regulatorNotified: true));
        Rejects("storedPersons", () => new SubjectsFacts(storedPersons: -5));
        Rejects("kinds", () => new SubjectsFacts(kinds: Array.Empty<SubjectKind>()));
        Rejects("kinds", () => new ProcessorFacts(kinds: new[] { (ProcessorKind)0 }));
    }

    [Fact]
    public void UnknownIsDistinctFromFalse()
    {
        var consent = new ConsentFacts(obtained: true);
        Assert.Null(consent.Separate);
        Assert.Equal(Outcome.Undetermined, Verdict.Undetermined("x", new Fact(consent.Separate, FactPaths.Consent.Separate)).Outcome);
        Assert.Null(new ProcessorFacts(name: "x").Includes(ProcessorKind.BusinessOperator));
        Assert.Equal(false, new NoticeFacts(given: false).States(NoticeElement.Purpose));
        Assert.Null(new NoticeFacts(given: true).States(NoticeElement.Purpose));
    }

    [Fact]
    public void ActivityValidatesAcrossSections()
    {
        var period = ActivityPeriod.FromDates(new LocalDate(2022, 1, 1));
        Rejects("legalBasis", () => new Activity(Shanghai, period, legalBasis: LegalBasis.None, consent: new ConsentFacts(obtained: true)));
        Rejects("jurisdiction", () => new Activity(Jurisdiction.EuropeanUnion, period));
        Rejects("jurisdiction", () => new Activity(default, period));
        Rejects("venue", () => new Activity(Shanghai, period, venue: (Venue)0));
        Rejects("purposes", () => new Activity(Shanghai, period, purposes: new[] { Purpose.Payment, Purpose.Payment }));
        Rejects("period", () => new Activity(Shanghai, null!));
        // Mixed kinds are compared in the jurisdiction's zone: 2021-07-31T15:00Z is 31 July in Shanghai.
        var mixed = new ActivityPeriod(PeriodBound.FromDate(new LocalDate(2021, 8, 1)), PeriodBound.FromInstant(Instant.FromUtc(2021, 7, 31, 15, 0)));
        Rejects("period", () => new Activity(Shanghai, mixed));
    }

    [Fact]
    public void ActivityTakesSingleValuesOfTheSharedFlagsEnums()
    {
        var period = ActivityPeriod.FromDates(new LocalDate(2022, 1, 1));
        Rejects("modalities", () => new Activity(Shanghai, period, modalities: new[] { Modality.None }));
        Rejects("modalities", () => new Activity(Shanghai, period, modalities: new[] { Modality.Face | Modality.Iris }));
        Rejects("modalities", () => new Activity(Shanghai, period, modalities: new[] { (Modality)32 }));
        Rejects("function", () => new Activity(Shanghai, period, function: RecognitionFunction.None));
        Rejects("function", () => new Activity(Shanghai, period, function: RecognitionFunction.Verification | RecognitionFunction.Identification));
        var combined = Assert.ThrowsAny<ArgumentException>(() => new Activity(Shanghai, period, modalities: new[] { Modality.Face | Modality.Iris }));
        Assert.StartsWith("modalities contains Face, Iris, a combination of Modality flags; list each separately.", combined.Message, StringComparison.Ordinal);
        var none = Assert.ThrowsAny<ArgumentException>(() => new Activity(Shanghai, period, function: RecognitionFunction.None));
        Assert.StartsWith("function is None, which names no RecognitionFunction.", none.Message, StringComparison.Ordinal);

        var a = new Activity(Shanghai, period, modalities: new[] { Modality.Face, Modality.Gait }, function: RecognitionFunction.Detection);
        Assert.Equal(new[] { Modality.Face, Modality.Gait }, a.Modalities);
        Assert.True(a.Uses(Modality.Gait));
        Assert.True(a.Uses(Modality.Face | Modality.Gait));
        Assert.False(a.Uses(Modality.Face | Modality.Iris));
        Assert.False(a.Uses(Modality.None));
        Assert.True(new Activity(Shanghai, period).Uses(Modality.Face));
    }

    [Fact]
    public void PeriodsKeepWhatWasGiven()
    {
        var p = new ActivityPeriod(PeriodBound.FromInstant(Instant.FromUtc(2021, 7, 31, 16, 0)), PeriodBound.FromDate(new LocalDate(2021, 8, 31)));
        Assert.Equal("2021-07-31T16:00:00Z/2021-08-31", p.ToString());
        Assert.Equal(new LocalDate(2021, 8, 1), p.InZone(Shanghai.TimeZone).Start);
        Rejects("end", () => ActivityPeriod.FromDates(new LocalDate(2021, 8, 2), new LocalDate(2021, 8, 1)));
        Rejects("end", () => new ActivityPeriod(PeriodBound.FromInstant(Instant.FromUtc(2021, 8, 1, 0, 0)), PeriodBound.FromInstant(Instant.FromUtc(2021, 7, 31, 0, 0))));
        Rejects("start", () => new ActivityPeriod(default));
        Assert.Equal("2021-08-01/..", ActivityPeriod.FromDates(new LocalDate(2021, 8, 1)).InZone(Shanghai.TimeZone).ToString());
    }

    [Fact]
    public void RulesAndInstrumentsValidateTheirCitations()
    {
        var instrument = new Instrument("XX-TEST", "Test", "Test", null, Jurisdiction.China, InstrumentStatus.InForce, EnforcementChannel.Administrative, new LocalDate(2020, 1, 1));
        RuleEvaluator ok = (in RuleContext c) => Verdict.Satisfied("ok");
        Rejects("id", () => new Rule("XX-OTHER-1", instrument, "Art. 1", "s", Verification.VerifiedPrimary, ok));
        Rejects("id", () => new Rule("XX-TEST-", instrument, "Art. 1", "s", Verification.VerifiedPrimary, ok));
        Rejects("article", () => new Rule("XX-TEST-1", instrument, " ", "s", Verification.VerifiedPrimary, ok));
        Rejects("evaluate", () => new Rule("XX-TEST-1", instrument, "Art. 1", "s", Verification.VerifiedPrimary, null!));
        Rejects("effectiveTo", () => new Rule("XX-TEST-1", instrument, "Art. 1", "s", Verification.VerifiedPrimary, ok, effectiveTo: new LocalDate(2019, 1, 1)));
        Rejects("effectiveFrom", () => new Instrument("XX-D", "D", "D", null, Jurisdiction.China, InstrumentStatus.Draft, EnforcementChannel.Administrative, new LocalDate(2021, 1, 1)));
        var amended = new Rule("XX-TEST-2", instrument, "Art. 2", "s", Verification.Recalled, ok, effectiveFrom: new LocalDate(2024, 8, 2));
        Assert.Equal(new LocalDate(2024, 8, 2), amended.EffectiveFrom);
        Rejects("facts", () => Verdict.Undetermined("nothing missing", new Fact(true, "$.x")));
    }
}
