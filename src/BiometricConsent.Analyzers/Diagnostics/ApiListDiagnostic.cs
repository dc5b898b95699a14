using BiometricConsent.Analyzers.ApiList;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1008: lines of <c>BiometricApis.txt</c> that do not parse, resolve to nothing, or repeat an entry. The
/// files are read and resolved once at compilation start; each file's diagnostics are reported when the
/// driver analyses that file, so they show up like any other diagnostic.
/// </summary>
internal static class ApiListDiagnostic
{
    internal static void Register(CompilationStartAnalysisContext context, ConsentSymbols symbols)
    {
        if (!symbols.ApiList.HasFiles)
        {
            return;
        }

        context.RegisterAdditionalFileAction(fileContext =>
        {
            if (!ApiListSet.IsApiListFile(fileContext.AdditionalFile))
            {
                return;
            }

            foreach (var diagnostic in symbols.ApiList.DiagnosticsFor(fileContext.AdditionalFile))
            {
                fileContext.ReportDiagnostic(diagnostic);
            }
        });
    }
}
