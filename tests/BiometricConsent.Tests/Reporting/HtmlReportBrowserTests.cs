using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Tests.Cli;
using BiometricConsent.Tests.Policy;
using Xunit.Abstractions;

namespace BiometricConsent.Tests.Reporting;

/// <summary>One headless Chromium for the browser tests of a class, started on first use.</summary>
public sealed class ChromiumFixture : IDisposable
{
    private readonly Lazy<HeadlessChromium> browser = new(HeadlessChromium.Start);

    internal HeadlessChromium Browser => browser.Value;

    public void Dispose()
    {
        if (browser.IsValueCreated)
        {
            browser.Value.Dispose();
        }
    }
}

/// <summary>
/// The HTML report as a browser renders it (issue 15): headless Chromium loads the page, and the test reads the DOM
/// it built — one rendered timeline bar per instrument, a row for every finding, no console error — and saves the
/// page and a screenshot under <c>artifacts/html-report</c> in the test output folder (never the work tree).
/// </summary>
public class HtmlReportBrowserTests : IClassFixture<ChromiumFixture>
{
    /// <summary>What the test reads from the DOM, per activity section, as JSON.</summary>
    private const string ReadDom = """
        JSON.stringify({
          scripts: document.scripts.length,
          images: document.images.length,
          title: document.title,
          activities: [...document.querySelectorAll('section.activity')].map(s => ({
            heading: s.querySelector('h2').textContent,
            path: s.querySelector('p.meta code').textContent,
            bars: [...s.querySelectorAll('svg.timeline g.bar')].map(g => ({
              id: g.dataset.instrument,
              width: g.getBoundingClientRect().width,
              segments: g.querySelectorAll('rect.segment').length })),
            band: [...s.querySelectorAll('svg.timeline rect.period')].map(r => r.getBoundingClientRect().width),
            findings: [...s.querySelectorAll('tr.finding')].map(r => r.dataset.rule + ' ' + r.dataset.outcome),
          })),
          inventories: document.querySelectorAll('section.inventory').length,
          sites: [...document.querySelectorAll('section.inventory tr.site')].map(r => ({
            site: r.dataset.status + ' ' + r.dataset.file + ':' + r.dataset.line,
            height: r.getBoundingClientRect().height,
            member: r.querySelector('td:nth-child(3)').textContent,
            consent: r.querySelector('td:nth-child(6)').textContent })),
        })
        """;

    private readonly ChromiumFixture chromium;
    private readonly ITestOutputHelper log;

    public HtmlReportBrowserTests(ChromiumFixture chromium, ITestOutputHelper log)
    {
        this.chromium = chromium;
        this.log = log;
    }

    private static string Artifacts
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "artifacts", "html-report");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    [BrowserFact]
    public void Every_example_renders_a_bar_per_instrument_and_a_row_per_finding_without_console_errors()
    {
        var documents = ExampleAssessmentSnapshotTests.Examples()
            .Select(row => (string)row[0])
            .Select(file => new AssessedDocument(TestData.Assessor.Assess(TestData.Example(file)), "docs/examples/" + file))
            .ToArray();
        Assert.True(documents.Length >= 3);

        var dom = Render("examples", AssessmentHtmlWriter.ToHtml(documents));
        Assert.Equal(0, (int)dom["scripts"]!);
        var sections = dom["activities"]!.AsArray();
        Assert.Equal(documents.Length, sections.Count);
        for (var i = 0; i < documents.Length; i++)
        {
            var a = documents[i].Assessment;
            var section = sections[i]!;
            Assert.Equal(a.ActivityId, (string)section["heading"]!);
            Assert.Equal(documents[i].Path, (string)section["path"]!);

            // One bar per instrument covering the jurisdiction, drawn (some width on screen), with its segments.
            var bars = section["bars"]!.AsArray();
            Assert.Equal(a.Coverage.Instruments.Select(x => x.Id).OrderBy(x => x, StringComparer.Ordinal), bars.Select(b => (string)b!["id"]!).OrderBy(x => x, StringComparer.Ordinal));
            Assert.All(bars, b => Assert.True((double)b!["width"]! > 100 && (int)b["segments"]! >= 1, b.ToJsonString()));
            Assert.True((double)Assert.Single(section["band"]!.AsArray())! >= 2);

            // Every finding, once, with its outcome.
            var findings = section["findings"]!.AsArray().Select(f => (string)f!).OrderBy(x => x, StringComparer.Ordinal);
            Assert.Equal(a.Findings.Select(f => f.RuleId + " " + f.Outcome).OrderBy(x => x, StringComparer.Ordinal), findings);
        }
    }

    [BrowserFact]
    public void The_xpeng_example_renders_its_violation_and_timeline()
    {
        var xpeng = TestData.Assessor.Assess(TestData.Example("xpeng-shanghai-2021.json"));
        var dom = Render("xpeng-shanghai-2021", AssessmentHtmlWriter.ToHtml(new[] { new AssessedDocument(xpeng, "docs/examples/xpeng-shanghai-2021.json") }));
        var section = Assert.Single(dom["activities"]!.AsArray())!;
        // One bar per instrument that covers Shanghai (national instruments included), whatever the catalog holds.
        Assert.Equal(xpeng.Coverage.Instruments.Count, section["bars"]!.AsArray().Count);
        Assert.True(xpeng.Coverage.Instruments.Count >= 7, "The national instruments in force or dated around 2021 are missing.");
        Assert.Contains("CN-CRPL-29.1 Violated", section["findings"]!.AsArray().Select(f => (string)f!));
        Assert.Equal("Biometric consent assessment: xpeng-shanghai-2021", (string)dom["title"]!);
    }

    [BrowserFact]
    public void Hostile_text_renders_as_the_text_it_was()
    {
        const string Id = "<script>alert('id')</script><img src=x onerror=alert(1)>\"&amp;";
        var json = ReportingKit.NoConsent.Replace("\"no-consent\"", System.Text.Json.JsonSerializer.Serialize(Id));
        var a = ReportingKit.Assess(json, ReportingKit.ConsentRule);
        var dom = Render("hostile", AssessmentHtmlWriter.ToHtml(new[] { new AssessedDocument(a, "a\u001b[2J\u202Eb</code><b>.json") }));

        Assert.Equal(0, (int)dom["scripts"]!);
        Assert.Equal(0, (int)dom["images"]!);
        var section = Assert.Single(dom["activities"]!.AsArray())!;
        Assert.Equal(Id, (string)section["heading"]!);
        Assert.Equal("a\\u001b[2J\\u202eb</code><b>.json", (string)section["path"]!);
        Assert.Equal("Biometric consent assessment: " + Id, (string)dom["title"]!);
    }

    [BrowserFact]
    public void An_assessment_with_an_inventory_renders_a_row_per_capture_site()
    {
        var run = CliRun.InRepository("assess", "docs/examples/xpeng-shanghai-2021.json", "docs/examples/beijing-hotel-2025.json", "--format", "html", "--inventory", CliAssessInventoryTests.Fixture);
        Assert.True(run.Stderr.Length == 0 && run.Stdout.Length > 0, run.ToString());
        var expected = JsonNode.Parse(CliRun.InRepository("inventory", CliAssessInventoryTests.Fixture, "--format", "json").Stdout)!["sites"]!.AsArray();

        var dom = Render("assessment-with-inventory", run.Stdout);

        Assert.Equal(0, (int)dom["scripts"]!);
        Assert.Equal(0, (int)dom["images"]!);
        Assert.Equal(2, dom["activities"]!.AsArray().Count);
        Assert.Equal(1, (int)dom["inventories"]!);
        var sites = dom["sites"]!.AsArray();
        Assert.Equal(expected.Select(s => $"{s!["status"]} {s["file"]}:{s["line"]}"), sites.Select(s => (string)s!["site"]!));
        Assert.All(sites, s => Assert.True((double)s!["height"]! > 0, s.ToJsonString()));

        // Each row names its capture; the exemption whose justification holds markup shows it as the text it was.
        Assert.Equal(expected.Select(s => (string)s!["member"]!), sites.Select(s => (string)s!["member"]!));
        Assert.Contains(sites, s => ((string)s!["consent"]!).EndsWith("Entrance <b>signs</b> | order *2025-12* `§3` & \"posted\" <script>alert(1)</script>", StringComparison.Ordinal));
    }

    /// <summary>Writes the page to the artifacts, loads it, saves a screenshot beside it, and returns what <see cref="ReadDom"/> read.</summary>
    private JsonNode Render(string name, string html)
    {
        var page = Path.Combine(Artifacts, name + ".html");
        File.WriteAllText(page, html);
        var browser = chromium.Browser;
        lock (browser.Errors)
        {
            browser.Errors.Clear();
        }

        browser.Open(page);
        var dom = JsonNode.Parse((string)browser.Evaluate(ReadDom)!)!;
        var screenshot = Path.Combine(Artifacts, name + ".png");
        File.WriteAllBytes(screenshot, browser.Screenshot());
        log.WriteLine($"Rendered {page}; screenshot {screenshot}");
        lock (browser.Errors)
        {
            Assert.True(browser.Errors.Count == 0, $"{name}: the browser reported\n{string.Join("\n", browser.Errors)}");
        }

        return dom;
    }
}
