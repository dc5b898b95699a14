using System;
using Xunit;

namespace BiometricConsent.Tests.Reporting;

/// <summary>
/// A test that renders a page in headless Chromium. In CI (<c>.ci/run</c> sets <c>BIOMETRICCONSENT_CI=true</c> and
/// installs Chromium with <c>.ci/chromium.sh</c>; <c>CI=true</c> counts too) it always runs, and fails without a
/// browser. On a developer's machine without a browser it is reported as skipped, saying how to install one — so that
/// the README's quick start passes on a fresh machine and the summary still shows what did not run.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute; sets <see cref="FactAttribute.Skip"/> when no browser can run here.</summary>
    public BrowserFactAttribute()
    {
        var inCi = Environment.GetEnvironmentVariable("BIOMETRICCONSENT_CI") == "true" || Environment.GetEnvironmentVariable("CI") == "true";
        if (!inCi && HeadlessChromium.Find() is null)
        {
            Skip = "No headless Chromium here: install it (Debian/Ubuntu: sudo apt-get install chromium, or run .ci/chromium.sh as root) or set CHROMIUM to a Chromium or Chrome executable. In CI this test never skips.";
        }
    }
}
