using System;
using System.IO;
using System.Text;

namespace BiometricConsent.Cli;

/// <summary>The entry point of the <c>biometric-consent</c> tool; the work is done by <see cref="CliApplication"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            // Rule texts contain ¶ and Chinese titles; the Windows console defaults to a legacy code page.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console to configure (e.g. output redirected on some hosts); the default encoding stays.
        }

        return CliApplication.Run(args, Console.Out, Console.Error);
    }
}
