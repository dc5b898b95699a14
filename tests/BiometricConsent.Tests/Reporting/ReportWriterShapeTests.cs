using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Rules;

namespace BiometricConsent.Tests.Reporting;

/// <summary>The five report writers share one entry point: <c>Write(TextWriter output, IReadOnlyList&lt;AssessedDocument&gt; documents)</c>.</summary>
public class ReportWriterShapeTests
{
    private static readonly Rule Quiet = ReportingKit.Rule("3", (in RuleContext _) => Verdict.Satisfied("All good."), Verification.VerifiedSecondary);

    private static AssessedDocument[] Two() => new[]
    {
        new AssessedDocument(ReportingKit.Assess(ReportingKit.NoConsent, Quiet, ReportingKit.ConsentRule), "a/one.json"),
        new AssessedDocument(ReportingKit.Assess(ReportingKit.NoConsent, Quiet), "a/two.json"),
    };

    private static string Capture(Action<TextWriter> write)
    {
        using var output = new StringWriter { NewLine = "\n" };
        write(output);
        return output.ToString();
    }

    public static TheoryData<string> Formats => new() { "text", "json", "markdown", "sarif", "html" };

    private static void Write(string format, TextWriter output, IReadOnlyList<AssessedDocument> documents)
    {
        Action<TextWriter, IReadOnlyList<AssessedDocument>> write = format switch
        {
            "text" => AssessmentTextWriter.Write,
            "json" => AssessmentJsonWriter.Write,
            "markdown" => AssessmentMarkdownWriter.Write,
            "html" => AssessmentHtmlWriter.Write,
            _ => (o, d) => SarifWriter.Write(o, d),
        };
        write(output, documents);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_writer_takes_the_output_then_the_documents_and_ends_with_a_line_break(string format)
    {
        var text = Capture(o => Write(format, o, Two()));
        Assert.EndsWith("\n", text);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => Write(format, null!, Two())).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => Write(format, new StringWriter(), null!)).ParamName);
        Assert.Equal("documents", Assert.Throws<ArgumentNullException>(() => Write(format, new StringWriter(), new AssessedDocument[] { null! })).ParamName);
    }

    [Fact]
    public void Text_writes_each_document_then_a_count_when_there_are_several()
    {
        var two = Two();
        Assert.Equal(AssessmentTextWriter.ToText(two[0].Assessment, two[0].Path), Capture(o => AssessmentTextWriter.Write(o, new[] { two[0] })));
        var text = Capture(o => AssessmentTextWriter.Write(o, two));
        Assert.StartsWith(AssessmentTextWriter.ToText(two[0].Assessment, two[0].Path) + "\n" + new string('=', 72) + "\n\n", text);
        Assert.EndsWith("\n2 activities assessed; 1 with violations.\n", text);
    }

    [Fact]
    public void Json_writes_one_document_as_an_object_and_several_as_an_array()
    {
        var two = Two();
        Assert.Equal(AssessmentJsonWriter.ToJson(two[0].Assessment) + "\n", Capture(o => AssessmentJsonWriter.Write(o, new[] { two[0] })));
        Assert.Equal(AssessmentJsonWriter.ToJson(two[0].Assessment) + "\n", Capture(o => AssessmentJsonWriter.Write(o, two[0].Assessment)));
        Assert.Equal(AssessmentJsonWriter.ToJson(two.Select(d => d.Assessment)) + "\n", Capture(o => AssessmentJsonWriter.Write(o, two)));
    }

    [Fact]
    public void Sarif_writes_the_log_as_text()
    {
        var two = Two();
        Assert.Equal(SarifWriter.ToSarif(two, "1.2.3") + "\n", Capture(o => SarifWriter.Write(o, two, "1.2.3")));
        Assert.Equal(SarifWriter.ToSarif(new[] { two[0] }) + "\n", Capture(o => SarifWriter.Write(o, two[0].Assessment, two[0].Path)));
    }

    [Fact]
    public void Html_writes_one_page_for_all_documents()
    {
        var two = Two();
        Assert.Equal(AssessmentHtmlWriter.ToHtml(new[] { two[0] }), Capture(o => AssessmentHtmlWriter.Write(o, two[0].Assessment, two[0].Path)));
        var page = Capture(o => AssessmentHtmlWriter.Write(o, two));
        Assert.Equal(AssessmentHtmlWriter.ToHtml(two), page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<html"));
    }
}
