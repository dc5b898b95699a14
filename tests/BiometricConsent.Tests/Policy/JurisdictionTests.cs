using System;
using BiometricConsent.Policy.Model;

namespace BiometricConsent.Tests.Policy;

public class JurisdictionTests
{
    [Theory]
    [InlineData("CN", null, "Asia/Shanghai")]
    [InlineData("CN-TJ", "CN", "Asia/Shanghai")]
    [InlineData("CN-SH", "CN", "Asia/Shanghai")]
    [InlineData("US-IL", "US", "America/Chicago")]
    [InlineData("US-TX", "US", "America/Chicago")]
    [InlineData("DE", "EU", "Europe/Berlin")]
    [InlineData("NL", "EU", "Europe/Amsterdam")]
    [InlineData("PT-20", "PT", "Atlantic/Azores")]
    [InlineData("ES-CN", "ES", "Atlantic/Canary")]
    public void ParsesCodeParentAndZone(string code, string? parent, string zone)
    {
        var j = Jurisdiction.Parse(code);
        Assert.Equal(code, j.Code);
        Assert.Equal(parent, j.Parent?.Code);
        Assert.Equal(zone, j.TimeZone.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("cn")]
    [InlineData("CN-")]
    [InlineData("CN-XX")]
    [InlineData("CN-HK")]
    [InlineData("CHN")]
    [InlineData("CN-TJ-1")]
    [InlineData("US-CA")]
    [InlineData("JP")]
    [InlineData("EU-DE")]
    [InlineData(" CN")]
    public void RejectsMalformedOrUnsupportedCodes(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => Jurisdiction.Parse(code));
        Assert.Equal("code", e.ParamName);
        Assert.False(Jurisdiction.TryParse(code, out _));
    }

    [Fact]
    public void LayersTianjinOnChinaButNotShanghai()
    {
        Assert.True(Jurisdiction.Parse("CN-TJ").IsWithin(Jurisdiction.China));
        Assert.True(Jurisdiction.Parse("CN-TJ").IsWithin(Jurisdiction.Tianjin));
        Assert.False(Jurisdiction.Parse("CN-SH").IsWithin(Jurisdiction.Tianjin));
        Assert.False(Jurisdiction.China.IsWithin(Jurisdiction.Tianjin));
        Assert.True(Jurisdiction.Parse("DE").IsWithin(Jurisdiction.EuropeanUnion));
        Assert.False(Jurisdiction.Parse("US-IL").IsWithin(Jurisdiction.China));
    }

    [Fact]
    public void SupranationalScopesHaveNoZone()
    {
        Assert.False(Jurisdiction.EuropeanUnion.HasTimeZone);
        Assert.Throws<InvalidOperationException>(() => Jurisdiction.EuropeanUnion.TimeZone);
        Assert.Throws<InvalidOperationException>(() => default(Jurisdiction).Code);
    }
}
