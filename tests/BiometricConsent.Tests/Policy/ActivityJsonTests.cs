using System.IO;
using System.Linq;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

public class ActivityJsonTests
{
    [Fact]
    public void ReadsTheXPengExample()
    {
        var a = TestData.Example("xpeng-shanghai-2021.json");
        Assert.Equal("xpeng-shanghai-2021", a.Id);
        Assert.Equal("CN-SH", a.Jurisdiction.Code);
        Assert.Equal(new LocalDateRange(new LocalDate(2021, 1, 1), new LocalDate(2021, 6, 30)), a.Dates);
        Assert.Equal(true, a.Processor!.Includes(ProcessorKind.BusinessOperator));
        Assert.Equal(false, a.Processor.Includes(ProcessorKind.PropertyManager));
        Assert.Equal(Venue.Store, a.Venue);
        Assert.Equal(RecognitionFunction.AttributeAnalysis, a.Function);
        Assert.Equal(true, a.Serves(Purpose.CustomerAnalytics));
        Assert.Equal(431623L, a.Subjects!.StoredPersons);
        Assert.Equal(false, a.Consent!.Obtained);
        Assert.Null(a.Consent.Separate);
        Assert.Equal(false, a.Notice!.Given);
        Assert.Null(a.Necessity);
    }

    [Fact]
    public void AbsentFactsStayUnknown()
    {
        var a = TestData.Parse("\"consent\": { \"obtained\": true, \"separate\": null }, \"filing\": null");
        Assert.Null(a.Consent!.Separate);
        Assert.Null(a.Filing);
        Assert.Null(a.Processor);
        Assert.Null(a.Purposes);
        Assert.Null(a.Serves(Purpose.Payment));
        Assert.Equal(new[] { Modality.Face }, a.Modalities);
        Assert.True(a.Period.IsOngoing == false);
    }

    [Fact]
    public void ReadsRetentionAsAnIsoPeriod()
    {
        var a = TestData.Parse("\"storage\": { \"retention\": \"P6M\", \"crossBorder\": true, \"crossBorderMechanism\": \"StandardContract\" }");
        Assert.Equal(Period.FromMonths(6), a.Storage!.Retention);
        Assert.Equal(CrossBorderMechanism.StandardContract, a.Storage.CrossBorderMechanism);
    }

    [Theory]
    [InlineData("2021-07-31T15:59:59Z", "2021-07-31")]
    [InlineData("2021-07-31T16:00:00Z", "2021-08-01")]
    [InlineData("2021-07-31T17:00:00Z", "2021-08-01")]
    [InlineData("2021-08-01T00:00:00+08:00", "2021-08-01")]
    [InlineData("2021-08-01", "2021-08-01")]
    public void ConvertsInstantsToShanghaiDates(string start, string expected)
    {
        var a = TestData.Parse("", period: $"{{ \"start\": \"{start}\" }}");
        Assert.Equal(expected, a.Dates.Start.ToString("uuuu-MM-dd", null));
        Assert.True(a.Period.IsOngoing);
    }

    [Fact]
    public void ConvertsInstantsInTheJurisdictionsZone()
    {
        // 2021-08-01T03:00Z is still 31 July in Chicago.
        var a = TestData.Parse("", jurisdiction: "US-IL", period: "{ \"start\": \"2021-08-01T03:00:00Z\" }");
        Assert.Equal(new LocalDate(2021, 7, 31), a.Dates.Start);
    }

    [Fact]
    public void ReadsFromAStream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"jurisdiction\":\"CN-TJ\",\"period\":{\"start\":\"2021-01-01\"}}"));
        Assert.Equal(Jurisdiction.Tianjin, ActivityJson.Parse(stream).Jurisdiction);
    }

    [Fact]
    public void AcceptsAByteOrderMark()
    {
        var json = Encoding.UTF8.GetBytes("{\"jurisdiction\":\"CN\",\"period\":{\"start\":\"2021-01-01\"}}");
        using var stream = new MemoryStream(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(json).ToArray());
        Assert.Equal(Jurisdiction.China, ActivityJson.Parse(stream).Jurisdiction);
        using var bomOnly = new MemoryStream(new byte[] { 0xEF, 0xBB, 0xBF });
        Assert.Contains("empty", Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(bomOnly)).Reason);
    }

    [Theory]
    [InlineData("", "$", "empty")]
    [InlineData("   \n ", "$", "empty")]
    [InlineData("{", "$", "Malformed JSON")]
    [InlineData("[]", "$", "Expected an object")]
    [InlineData("{ \"period\": { \"start\": \"2021-01-01\" } }", "$.jurisdiction", "required")]
    [InlineData("{ \"jurisdiction\": \"CN\" }", "$.period", "required")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": {} }", "$.period.start", "required")]
    [InlineData("{ \"jurisdiction\": \"XX-1234\", \"period\": { \"start\": \"2021-01-01\" } }", "$.jurisdiction", "not a jurisdiction code")]
    [InlineData("{ \"jurisdiction\": \"EU\", \"period\": { \"start\": \"2021-01-01\" } }", "$.jurisdiction", "no single time zone")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-02-30\" } }", "$.period.start", "not a date")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01T00:00:00\" } }", "$.period.start", "no offset")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01T25:00:00Z\" } }", "$.period.start", "not an instant")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\", \"end\": \"2021-07-31\" } }", "$.period.end", "before the start")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\", \"end\": \"2021-07-31T15:00:00Z\" } }", "$.period.end", "before the start")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\", \"until\": \"2021-09-01\" } }", "$.period.until", "Unknown field")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"Venue\": \"Store\" }", "$.Venue", "Unknown field")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"venue\": \"Shop\" }", "$.venue", "not a Venue")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"venue\": \"store\" }", "$.venue", "not a Venue")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"venue\": \"1\" }", "$.venue", "not a Venue")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"purposes\": [\"Payment\", \"Paymnt\"] }", "$.purposes[1]", "not a Purpose")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"purposes\": [\"Payment\", \"Payment\"] }", "$.purposes[1]", "more than once")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"modalities\": [\"None\"] }", "$.modalities[0]", "'None' is not a Modality; expected one of Face, Fingerprint, Iris, Voice, Gait.")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"modalities\": [\"Face, Iris\"] }", "$.modalities[0]", "'Face, Iris' is not a Modality")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"function\": \"None\" }", "$.function", "'None' is not a RecognitionFunction; expected one of Verification, Identification, AttributeAnalysis, Detection, EmotionRecognition, BiometricCategorisation.")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"function\": \"Verification, Identification\" }", "$.function", "not a RecognitionFunction")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"purposes\": [] }", "$.purposes", "at least one")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"purposes\": \"Payment\" }", "$.purposes", "Expected an array")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"publicPlace\": \"yes\" }", "$.publicPlace", "Expected true, false or null")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"consent\": true }", "$.consent", "Expected an object")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"consent\": { \"obtained\": 1 } }", "$.consent.obtained", "Expected true, false or null")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"consent\": { \"given\": true } }", "$.consent.given", "Unknown field")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"subjects\": { \"storedPersons\": -1 } }", "$.subjects.storedPersons", "negative")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"subjects\": { \"storedPersons\": 1.5 } }", "$.subjects.storedPersons", "whole number")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"storage\": { \"retention\": \"6 months\" } }", "$.storage.retention", "ISO-8601 period")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"storage\": { \"retention\": \"P-6M\" } }", "$.storage.retention", "negative")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, \"filing\": { \"thresholdReachedOn\": \"2025-13-01\" } }", "$.filing.thresholdReachedOn", "not a date")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" } }", "$.jurisdiction", "more than once")]
    [InlineData("{ \"jurisdiction\": \"CN\", \"period\": { \"start\": \"2021-08-01\" }, } ", "$", "Malformed JSON")]
    [InlineData("{ \"jurisdiction\": \"CN\", /* c */ \"period\": { \"start\": \"2021-08-01\" } } ", "$", "Malformed JSON")]
    public void RejectsBadInputNamingThePath(string json, string path, string reasonFragment)
    {
        var e = Assert.Throws<ActivityFormatException>(() => ActivityJson.Parse(json));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(reasonFragment, e.Reason, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains(path, e.Message);
        Assert.Contains(e.Reason, e.Message);
    }

    [Theory]
    [InlineData("\"consent\": { \"obtained\": false, \"separate\": true }", "$.consent.separate")]
    [InlineData("\"consent\": { \"obtained\": false, \"written\": true }", "$.consent.written")]
    [InlineData("\"consent\": { \"obtained\": false, \"bundled\": true }", "$.consent.bundled")]
    [InlineData("\"consent\": { \"obtained\": false, \"guardianForMinors\": true }", "$.consent.guardianForMinors")]
    [InlineData("\"consent\": { \"obtained\": false, \"explicit\": true }", "$.consent.explicit")]
    [InlineData("\"consent\": { \"obtained\": false, \"electronicSignature\": true }", "$.consent.electronicSignature")]
    [InlineData("\"consent\": { \"obtained\": true, \"separate\": true, \"bundled\": true }", "$.consent.bundled")]
    [InlineData("\"notice\": { \"given\": false, \"beforeProcessing\": true }", "$.notice.beforeProcessing")]
    [InlineData("\"notice\": { \"given\": false, \"conspicuousSigns\": true }", "$.notice.conspicuousSigns")]
    [InlineData("\"notice\": { \"given\": false, \"elements\": [\"Purpose\"] }", "$.notice.elements")]
    [InlineData("\"necessity\": { \"nonBiometricAlternativeExists\": false, \"alternativeOffered\": true }", "$.necessity.alternativeOffered")]
    [InlineData("\"necessity\": { \"alternativeOffered\": true, \"soleVerificationMethod\": true }", "$.necessity.soleVerificationMethod")]
    [InlineData("\"impactAssessment\": { \"done\": false, \"completedOn\": \"2022-01-01\" }", "$.impactAssessment.completedOn")]
    [InlineData("\"storage\": { \"onDeviceOnly\": true, \"transmittedOverInternet\": true }", "$.storage.transmittedOverInternet")]
    [InlineData("\"storage\": { \"onDeviceOnly\": true, \"crossBorder\": true }", "$.storage.crossBorder")]
    [InlineData("\"storage\": { \"crossBorder\": false, \"crossBorderMechanism\": \"StandardContract\" }", "$.storage.crossBorderMechanism")]
    [InlineData("\"sharing\": { \"sharedWithThirdParties\": false, \"sold\": true }", "$.sharing.sold")]
    [InlineData("\"filing\": { \"filedOn\": \"2025-07-01\" }", "$.filing.filedOn")]
    [InlineData("\"security\": { \"incident\": false, \"individualsNotified\": true }", "$.security.individualsNotified")]
    [InlineData("\"security\": { \"incident\": false, \"regulatorNotified\": true }", "$.security.regulatorNotified")]
    [InlineData("\"legalBasis\": \"None\", \"consent\": { \"obtained\": true }", "$.legalBasis")]
    public void RejectsContradictoryFacts(string fields, string path)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(fields));
        Assert.Equal(path, e.JsonPath);
        Assert.False(string.IsNullOrWhiteSpace(e.Reason));
        Assert.DoesNotContain("(Parameter", e.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsFilingBeforeTheThreshold()
    {
        var a = TestData.Parse("\"filing\": { \"thresholdReachedOn\": \"2025-07-01\", \"filedOn\": \"2025-06-20\" }");
        Assert.Equal(new LocalDate(2025, 6, 20), a.Filing!.FiledOn);
    }
}
