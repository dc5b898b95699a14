using System.Linq;
using System.Text.RegularExpressions;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;
using NodaTime;

namespace BiometricConsent.Tests.Reporting;

public class AssessmentHtmlWriterTests
{
    private static readonly Rule NotApplicable = ReportingKit.Rule("2", (in RuleContext _) => Verdict.NotApplicable("No trigger."));

    private static readonly Instrument Draft = new(
        "CN-DRAFT", "Draft Measures", "DM", null, Jurisdiction.China, InstrumentStatus.Draft, EnforcementChannel.Administrative);

    private static readonly Instrument Repealed = new(
        "CN-OLD", "Old Measures", "OM", null, Jurisdiction.China, InstrumentStatus.Superseded, EnforcementChannel.Administrative,
        effectiveFrom: new LocalDate(2010, 1, 1), effectiveTo: new LocalDate(2019, 12, 31));

    private static readonly Instrument Judgment = new(
        "CN-CASE", "A v. B", "A v. B", null, Jurisdiction.China, InstrumentStatus.CaseLaw, EnforcementChannel.CaseLaw);

    private static Rule Quiet(Instrument instrument) =>
        new(instrument.Id + "-1", instrument, "Art. 1", "Statement.", Verification.Recalled, (in RuleContext _) => Verdict.Satisfied("Fine."));

    private static string Html(params AssessedDocument[] documents) => AssessmentHtmlWriter.ToHtml(documents);

    private static int Count(string html, string pattern) => Regex.Matches(html, pattern).Count;

    [Fact]
    public void Every_finding_is_a_row_under_its_instrument_with_citation_penalty_and_missing_facts()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule, NotApplicable, Quiet(Draft));
        var html = Html(new AssessedDocument(a, "acts/no consent.json"));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", html);
        Assert.EndsWith("</body>\n</html>\n", html);
        Assert.Contains("<p class=\"verdict violated\">1 violation.</p>", html);
        Assert.Equal(3, Count(html, "<tr class=\"finding "));
        Assert.Contains("<tr class=\"finding Violated\" data-rule=\"CN-TEST-1\" data-outcome=\"Violated\">", html);
        Assert.Contains("<td>Art. 1 <span class=\"mark\" title=\"VerifiedPrimary\">[V-P]</span></td>", html);
        Assert.Contains("<div class=\"penalty\"><strong>Penalty:</strong> TM Art. 9: a fine | or *worse*</div>", html);
        Assert.Contains("<section class=\"instrument\" data-instrument=\"CN-TEST\">\n<h3>Test Measures <span class=\"mark\">TM</span></h3>", html);
        Assert.Contains("in force from 2020-01-01 · in force throughout the assessed period · enforced by regulators", html);

        // The violated instrument comes before the draft, whose finding is only satisfied.
        Assert.True(html.IndexOf("data-instrument=\"CN-TEST\">\n<h3>") < html.IndexOf("data-instrument=\"CN-DRAFT\">\n<h3>"));
        Assert.Contains("draft, never binds · did not bind the activity (a draft)", html);

        var undetermined = ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"bundled\": false"), ReportingKit.ConsentRule);
        var page = Html(new AssessedDocument(undetermined, "x.json"));
        Assert.Contains("<p class=\"verdict clean\">No violations.</p>", page);
        Assert.Contains("<div class=\"missing\"><strong>Missing facts:</strong> <code>$.consent.obtained</code></div>", page);
        Assert.DoesNotContain("class=\"penalty\"", page);
    }

    [Fact]
    public void Text_from_the_activity_and_the_rules_is_escaped()
    {
        var hostileRule = new Rule(
            "CN-TEST-9", ReportingKit.Instrument, "Art. 9 <b>", "Statement </td></tr><script>alert(1)</script>.", Verification.VerifiedPrimary,
            (in RuleContext _) => Verdict.Violated("Reason <img src=x onerror=alert(1)> & \"quoted\" 'single'."));
        var json = ReportingKit.NoConsent.Replace("\"no-consent\"", "\"<script>alert('id')</script>\\\"&amp;\"");
        var a = ReportingKit.Assess(json, hostileRule);
        var html = Html(new AssessedDocument(a, "a\u001b[2J\u202Eb\"<i>.json"));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain("<i>", html);
        Assert.DoesNotContain('\u001b', html);
        Assert.DoesNotContain('\u202E', html);
        Assert.Contains("<title>Biometric consent assessment: &lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;&quot;&amp;amp;</title>", html);
        Assert.Contains("<h2>&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;&quot;&amp;amp;</h2>", html);
        Assert.Contains("<code>a\\u001b[2J\\u202eb&quot;&lt;i&gt;.json</code>", html);
        Assert.Contains("Reason &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot; &#39;single&#39;.", html);
        Assert.Contains("<td>Art. 9 &lt;b&gt; <span class=\"mark\"", html);
        Assert.Contains("Statement &lt;/td&gt;&lt;/tr&gt;&lt;script&gt;alert(1)&lt;/script&gt;.", html);
    }

    [Fact]
    public void The_timeline_has_one_bar_per_instrument_with_its_interval_around_the_period()
    {
        var a = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule, Quiet(Draft), Quiet(Repealed), Quiet(Judgment));
        var html = Html(new AssessedDocument(a, "x.json"));

        Assert.Equal(a.Coverage.Instruments.Count, Count(html, "<g class=\"bar\" "));
        foreach (var instrument in a.Coverage.Instruments)
        {
            Assert.Single(Regex.Matches(html, $"<g class=\"bar\" data-instrument=\"{instrument.Id}\""));
        }

        // Axis 2010 (the repealed measures) to the year after 2023 (the period); rows chronological, undated last.
        Assert.Contains("<text x=\"190\" y=\"30\" dx=\"2\">2010</text>", html);
        Assert.DoesNotContain(">2009</text>", html);
        Assert.Matches("(?s)data-instrument=\"CN-OLD\".*data-instrument=\"CN-TEST\".*data-instrument=\"CN-CASE\".*data-instrument=\"CN-DRAFT\"", html);
        Assert.Contains("<title>OM: in force from 2010-01-01 to 2019-12-31 (superseded)</title>", html);
        Assert.Contains("<rect class=\"segment ended\"", html);
        Assert.Contains("<title>OM: no longer in force after 2019-12-31</title>", html);
        Assert.Contains("<title>TM: not yet in force before 2020-01-01</title>", html);
        Assert.Contains("<rect class=\"segment draft\" fill=\"url(#hatch-1)\"", html);
        Assert.Contains("<title>DM: draft, never binds</title>", html);
        Assert.Contains("<rect class=\"segment case-law\"", html);
        Assert.Contains("<text class=\"period-label\"", html);
        Assert.Contains(">assessed period: 2023-05-01 to 2023-05-31</text>", html);
        Assert.Contains("in force from 2010-01-01 to 2019-12-31 (superseded) · no longer in force during the assessed period", html);
        Assert.Contains("case law, not dated · guides courts on like facts, whatever the dates", html);

        var ongoing = ReportingKit.Assess(ReportingKit.NoConsent.Replace(", \"end\": \"2023-05-31\"", ""), ReportingKit.ConsentRule);
        Assert.Contains(">assessed period (ongoing): 2023-05-01, ongoing (assessed up to today)</text>", Html(new AssessedDocument(ongoing, "x.json")));
    }

    [Fact]
    public void Nothing_assessed_is_no_pass_and_without_instruments_there_is_no_timeline()
    {
        var before = ReportingKit.Assess(ReportingKit.NoConsent.Replace("2023-05", "2019-05"), ReportingKit.ConsentRule);
        var html = Html(new AssessedDocument(before, "x.json"));
        Assert.Contains("<p class=\"verdict nothing\">Nothing assessed for the activity: no rule covering the jurisdiction is in force in the period. This is not a pass.</p>", html);
        Assert.Contains("<p class=\"verdict nothing\">Nothing assessed. Nothing was assessed: none of the 1 rules covering CN-BJ is in force", html);
        Assert.DoesNotContain("verdict clean", html);
        Assert.Contains("<td>nothing assessed</td>", html);
        Assert.Contains("not yet in force during the assessed period", html);
        Assert.Single(Regex.Matches(html, "<g class=\"bar\" "));

        var uncovered = ReportingKit.Assess(ReportingKit.NoConsent);
        var none = Html(new AssessedDocument(uncovered, "x.json"));
        Assert.Contains("0 rules of 0 instruments cover CN-BJ", none);
        Assert.DoesNotContain("<svg", none);
        Assert.DoesNotContain("<tr class=\"finding", none);
    }

    [Fact]
    public void Several_activities_get_a_section_each_with_their_own_ids()
    {
        var bad = ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule, Quiet(Draft));
        var good = ReportingKit.Assess(ReportingKit.NoConsent.Replace("\"obtained\": false", "\"obtained\": true"), ReportingKit.ConsentRule, Quiet(Draft));
        var html = Html(new AssessedDocument(bad, "bad.json"), new AssessedDocument(good, "good.json"));

        Assert.Contains("<title>Biometric consent assessment</title>", html);
        Assert.Contains("<p class=\"verdict violated\">1 violation in 1 of 2 activities.</p>", html);
        Assert.Equal(2, Count(html, "<section class=\"activity\" "));
        Assert.Contains("<a href=\"#activity-1\">no-consent</a></td><td><code>bad.json</code>", html);
        Assert.Contains("<a href=\"#activity-2\">no-consent</a></td><td><code>good.json</code>", html);
        Assert.Contains("id=\"activity-2\"", html);
        Assert.Contains("<pattern id=\"hatch-2\"", html);
        Assert.Contains("fill=\"url(#hatch-2)\"", html);
        Assert.Equal(4, Count(html, "<g class=\"bar\" "));
        Assert.Equal(4, Count(html, "<tr class=\"finding "));
    }

    [Fact]
    public void The_page_loads_nothing_and_runs_nothing()
    {
        var html = Html(new AssessedDocument(ReportingKit.Assess(ReportingKit.NoConsent, ReportingKit.ConsentRule), "x.json"));
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(" src=", html);
        Assert.Contains("@media print", html);

        // Links lead to the catalog and the project only; nothing is fetched to show the page.
        var hrefs = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToArray();
        Assert.All(hrefs, h => Assert.True(h.StartsWith('#') || h.StartsWith(ReportText.ProjectUri, System.StringComparison.Ordinal), h));
    }
}
