namespace BiometricConsent.Cli.Commands;

/// <summary>The values of <c>--format</c>.</summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Markdown = "markdown";
    public const string Sarif = "sarif";
    public const string Html = "html";
}
