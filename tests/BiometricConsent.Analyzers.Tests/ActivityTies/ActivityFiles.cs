using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.ActivityTies;

/// <summary>Activity files and the project-internal copy of <c>[BiometricActivity]</c> for the tie tests.</summary>
internal static class ActivityFiles
{
    /// <summary>Member check-in: the members gave separate consent, the basis of the processing.</summary>
    internal const string CheckIn = """
        {
          "id": "member-check-in",
          "jurisdiction": "CN-SH",
          "period": { "start": "2026-01-01" },
          "legalBasis": "Consent",
          "consent": { "obtained": true, "separate": true }
        }
        """;

    /// <summary>Door analytics: no consent, no basis.</summary>
    internal const string Door = """
        {
          "id": "door-analytics",
          "jurisdiction": "CN-SH",
          "period": { "start": "2026-01-01" },
          "legalBasis": "None",
          "consent": { "obtained": false }
        }
        """;

    /// <summary>A project-internal copy of the attribute, recognised by name as the library's is.</summary>
    internal const string Attribute = """
        namespace Acme.Privacy
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            internal sealed class BiometricActivityAttribute : System.Attribute
            {
                public BiometricActivityAttribute(string activityId) { }
            }
        }
        """;

    /// <summary>
    /// A global config that switches the assessment of the files (BIO2001-BIO2003) off: these tests are about ties, and
    /// the assessment's findings depend on the rule catalog (its own tests pin them).
    /// </summary>
    internal const string WithoutAssessment = """
        is_global = true
        dotnet_diagnostic.BIO2001.severity = none
        dotnet_diagnostic.BIO2002.severity = none
        dotnet_diagnostic.BIO2003.severity = none
        """;

    /// <summary>A test of <paramref name="code"/> with the prelude, the attribute copy and the given activity files (path, content).</summary>
    internal static Verify.Test Test(string code, params (string Path, string Content)[] files)
    {
        var test = new Verify.Test(code) { Prelude = Prelude.WithLocalAttributes + "\n" + Attribute };
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", WithoutAssessment));
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }
}
