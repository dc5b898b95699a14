using System.IO;
using BenchmarkDotNet.Attributes;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;
using NodaTime;

namespace BiometricConsent.Benchmarks.Policy;

/// <summary>
/// One activity against every Chinese rule (target: ≥ 100,000 assessments per second on one core), and reading
/// an activity document. Run: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*RulesCore*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class RulesCoreBenchmarks
{
    private const string XPeng = @"{
      ""id"": ""xpeng-shanghai-2021"", ""jurisdiction"": ""CN-SH"",
      ""period"": { ""start"": ""2021-01-01"", ""end"": ""2021-06-30"" },
      ""processor"": { ""kinds"": [""BusinessOperator""] }, ""venue"": ""Store"", ""publicPlace"": true,
      ""function"": ""AttributeAnalysis"", ""purposes"": [""CustomerAnalytics""],
      ""subjects"": { ""kinds"": [""Consumer""], ""storedPersons"": 431623 }, ""legalBasis"": ""None"",
      ""consent"": { ""obtained"": false }, ""notice"": { ""given"": false } }";

    private const string TianjinOngoing = @"{
      ""jurisdiction"": ""CN-TJ"", ""period"": { ""start"": ""2022-03-01T00:00:00+08:00"" },
      ""processor"": { ""kinds"": [""MarketCreditInformationProvider"", ""BusinessOperator""] }, ""venue"": ""Mall"", ""publicPlace"": true,
      ""function"": ""Verification"", ""purposes"": [""AccessControl""], ""subjects"": { ""kinds"": [""Consumer""], ""includesMinorsUnder14"": true },
      ""legalBasis"": ""Consent"", ""consent"": { ""obtained"": true, ""separate"": true },
      ""notice"": { ""given"": true, ""elements"": [""Purpose"", ""Method""] } }";

    private readonly Assessor assessor = new Assessor(options: new AssessorOptions { Clock = new FixedClock(Instant.FromUtc(2026, 1, 15, 0, 0)) });
    private Activity xpeng = null!;
    private Activity tianjin = null!;

    [GlobalSetup]
    public void Setup()
    {
        xpeng = ActivityJson.Parse(XPeng);
        tianjin = ActivityJson.Parse(TianjinOngoing);
        assessor.Assess(xpeng);
        assessor.Assess(tianjin);
    }

    /// <summary>Pre-2021 activity: the SPC rules are not in force.</summary>
    [Benchmark(Baseline = true)]
    public Assessment AssessXPeng() => assessor.Assess(xpeng);

    /// <summary>Ongoing Tianjin activity with unknown facts: every rule evaluates, many undetermined.</summary>
    [Benchmark]
    public Assessment AssessTianjinOngoing() => assessor.Assess(tianjin);

    [Benchmark]
    public Activity ParseXPeng() => ActivityJson.Parse(XPeng);
}
