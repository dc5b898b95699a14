namespace BiometricConsent.Cli;

/// <summary>The process exit codes (docs/cli.md, "Exit codes"), which CI jobs act on.</summary>
internal static class ExitCodes
{
    /// <summary>Every activity was assessed and no finding is <c>Violated</c> (also: help, version, <c>rules</c>).</summary>
    public const int Success = 0;

    /// <summary>Every activity was assessed and at least one finding is <c>Violated</c>.</summary>
    public const int Violations = 1;

    /// <summary>Bad input or usage: nothing was assessed; the reason is on standard error.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected error inside the tool (a bug); the details are on standard error.</summary>
    public const int InternalError = 3;

    /// <summary>
    /// Every file was read, but at least one activity had nothing to be assessed against: no rule covers its
    /// jurisdiction, or none is in force in its period. The reports say which; takes precedence over <see cref="Violations"/>.
    /// </summary>
    public const int NothingAssessed = 4;
}
