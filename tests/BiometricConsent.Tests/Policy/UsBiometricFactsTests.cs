using System;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Tests.Policy;

/// <summary>The <c>usBiometric</c> section (docs/activity-format.md): read, rejected with the path, and checked in C#.</summary>
public class UsBiometricFactsTests
{
    [Fact]
    public void Reads_every_field()
    {
        var a = TestData.Parse(
            @"""usBiometric"": { ""governmentEntity"": false, ""commercialPurpose"": true, ""noticeInWriting"": true, ""profitFromData"": false,
                ""disclosureGrounds"": [""Warrant"", ""FinancialTransaction""], ""reasonableCare"": true, ""protectedAsOtherConfidentialData"": false,
                ""keptAfterPurposeEnds"": ""P30D"", ""keptAfterLastInteraction"": ""P3Y"" }",
            jurisdiction: "US-TX");
        var f = a.UsBiometric!;
        Assert.Equal(false, f.GovernmentEntity);
        Assert.Equal(true, f.CommercialPurpose);
        Assert.Equal(true, f.NoticeInWriting);
        Assert.Equal(false, f.ProfitFromData);
        Assert.Equal(new[] { DisclosureGround.Warrant, DisclosureGround.FinancialTransaction }, f.DisclosureGrounds);
        Assert.Equal(true, f.ReasonableCare);
        Assert.Equal(false, f.ProtectedAsOtherConfidentialData);
        Assert.Equal(Period.FromDays(30), f.KeptAfterPurposeEnds);
        Assert.Equal(Period.FromYears(3), f.KeptAfterLastInteraction);
        Assert.Equal("America/Chicago", a.Jurisdiction.TimeZoneId);
    }

    [Fact]
    public void An_absent_section_is_unknown_and_an_empty_ground_list_is_none()
    {
        Assert.Null(TestData.Parse("").UsBiometric);
        var f = TestData.Parse(@"""usBiometric"": { ""disclosureGrounds"": [] }").UsBiometric!;
        Assert.Empty(f.DisclosureGrounds!);
        Assert.Null(f.GovernmentEntity);
        Assert.Null(f.KeptAfterPurposeEnds);
    }

    [Theory]
    [InlineData(@"""keptAfterPurposeEnds"": ""P-1D""", "$.usBiometric.keptAfterPurposeEnds", "keptAfterPurposeEnds must not be negative (was P-1D).")]
    [InlineData(@"""keptAfterLastInteraction"": ""3 years""", "$.usBiometric.keptAfterLastInteraction", "'3 years' is not an ISO-8601 period; expected e.g. P6M, P3Y or P30D.")]
    [InlineData(@"""disclosureGrounds"": [""Consent""]", "$.usBiometric.disclosureGrounds[0]", "'Consent' is not a DisclosureGround")]
    [InlineData(@"""disclosureGrounds"": [""Warrant"", ""Warrant""]", "$.usBiometric.disclosureGrounds[1]", "Warrant is listed more than once.")]
    [InlineData(@"""commercialPurpose"": ""yes""", "$.usBiometric.commercialPurpose", "Expected true, false or null")]
    [InlineData(@"""governmentEntit"": true", "$.usBiometric.governmentEntit", "did you mean 'governmentEntity'?")]
    public void Bad_input_is_rejected_at_its_path(string field, string path, string reason)
    {
        var e = Assert.Throws<ActivityFormatException>(() => TestData.Parse(@"""usBiometric"": { " + field + " }", jurisdiction: "US-IL"));
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constructor_names_the_parameter_and_the_path()
    {
        var e = Assert.Throws<ArgumentException>(() => new UsBiometricFacts(keptAfterLastInteraction: Period.FromMonths(-1)));
        Assert.Equal("keptAfterLastInteraction", e.ParamName);
        var grounds = Assert.Throws<ArgumentException>(() => new UsBiometricFacts(disclosureGrounds: new[] { (DisclosureGround)99 }));
        Assert.Equal("disclosureGrounds", grounds.ParamName);
    }

    [Theory]
    [InlineData("US-TX")]
    [InlineData("US-IL")]
    public void The_US_states_modelled_parse_and_others_are_refused_by_name(string code)
    {
        Assert.Equal(code, Jurisdiction.Parse(code).Code);
        var e = Assert.Throws<ArgumentException>(() => Jurisdiction.Parse("US-CA"));
        Assert.Contains("only US-IL and US-TX are modelled", e.Message, StringComparison.Ordinal);
    }
}
