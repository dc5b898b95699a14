using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using BiometricConsent.Analyzers.ActivityTies;
using BiometricConsent.Analyzers.Flow;
using BiometricConsent.Analyzers.SdkCatalog;
using BiometricConsent.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace BiometricConsent.Analyzers.Diagnostics;

/// <summary>
/// BIO1900: one informational diagnostic per face-capture site, guarded or not, so that the build's SARIF log
/// (<c>ErrorLog</c>) is the capture-site inventory (docs/rules/BIO1900.md, docs/cli.md "inventory"). It rides on
/// BIO1001's collection and flow analysis, never on a second reading of the code. Off unless the project sets
/// <c>BiometricConsentInventory=true</c> (the package's build files then also enable the rule and name the log):
/// the option is read once per compilation, and without it nothing of this class runs.
/// </summary>
internal sealed class CaptureSiteInventory
{
    /// <summary>The MSBuild property (made compiler-visible by the package's build files) that switches the inventory on.</summary>
    internal const string Option = "build_property.BiometricConsentInventory";

    /// <summary>The names of the diagnostic's properties; they are the inventory's contract with the command-line tool.</summary>
    internal static class Keys
    {
        internal const string Version = "inventoryVersion";
        internal const string Status = "status";
        internal const string Member = "member";
        internal const string MemberId = "memberId";
        internal const string Assembly = "assembly";
        internal const string Source = "source";
        internal const string Sdk = "sdk";
        internal const string Package = "package";
        internal const string EnclosingMember = "enclosingMember";
        internal const string Check = "check";
        internal const string CheckLine = "checkLine";
        internal const string ExemptionBasis = "exemptionBasis";
        internal const string Justification = "justification";
        internal const string Activity = "activity";
    }

    /// <summary>The version of the property set; the tool refuses a log with a newer one.</summary>
    internal const string Version = "1";

    private readonly ConsentSymbols symbols;
    private readonly ActivityLinks? links;

    private CaptureSiteInventory(ConsentSymbols symbols, ActivityLinks? links)
    {
        this.symbols = symbols;
        this.links = links;
    }

    /// <summary>The inventory of a compilation, or <see langword="null"/> when the project did not ask for it.</summary>
    internal static CaptureSiteInventory? TryCreate(AnalyzerOptions options, ConsentSymbols symbols, ActivityLinks? links)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(Option, out var value)
           && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            ? new CaptureSiteInventory(symbols, links)
            : null;

    /// <summary>
    /// Reports the sites of a member whose code assumes consent: <c>[RequiresConsent]</c> (its callers check) or
    /// <c>[ConsentExempt]</c> (the exemption answers for consent); BIO1001 does not analyse such members.
    /// </summary>
    internal void ReportAssumed(ISymbol owner, Action<Diagnostic> report, IEnumerable<CapturePoint> points)
    {
        var exemption = FindExemption(owner);
        foreach (var point in points)
        {
            var properties = Describe(point, owner);
            string status;
            if (exemption != null)
            {
                status = "exempt";
                properties[Keys.ExemptionBasis] = BasisOf(exemption);
                properties[Keys.Justification] = ExemptionJustificationDiagnostic.JustificationOf(exemption);
            }
            else
            {
                status = "callers";
            }

            Report(report, point, status, properties);
        }
    }

    /// <summary>
    /// Reports a site the flow analysis reached, with the nearest consent check before it when it is guarded;
    /// <paramref name="reportedAs"/> is the rule an unguarded site was reported under (BIO2004 in code tied to an
    /// activity that declares consent, else BIO1001), which the message names.
    /// </summary>
    internal void ReportAnalyzed(ISymbol owner, Action<Diagnostic> report, CapturePoint point, bool guarded, IReadOnlyList<IOperation> checks, string reportedAs = DiagnosticIds.UnguardedCapture)
    {
        var properties = Describe(point, owner);
        if (guarded && NearestCheckBefore(point.Operation.Syntax, checks) is { } check
            && CheckTarget(check) is { } target)
        {
            properties[Keys.Check] = target.ToDisplayString(DisplayFormats.Member);
            properties[Keys.CheckLine] = (check.Syntax.GetLocation().GetLineSpan().StartLinePosition.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        Report(report, point, guarded ? "guarded" : "unguarded", properties, reportedAs);
    }

    /// <summary>Reports a site that no path from the member's entry reaches (dead code): the flow analysis says nothing about it.</summary>
    internal void ReportUnreached(ISymbol owner, Action<Diagnostic> report, CapturePoint point)
        => Report(report, point, "unreached", Describe(point, owner));

    /// <summary>The member a consent-check operation calls or reads.</summary>
    internal static ISymbol? CheckTarget(IOperation operation) => operation switch
    {
        Microsoft.CodeAnalysis.Operations.IInvocationOperation invocation => invocation.TargetMethod,
        Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation property => property.Property,
        _ => null,
    };

    private static IOperation? NearestCheckBefore(SyntaxNode site, IReadOnlyList<IOperation> checks)
    {
        IOperation? nearest = null;
        foreach (var check in checks)
        {
            var span = check.Syntax.Span;
            if (span.End <= site.SpanStart && (nearest == null || span.End > nearest.Syntax.Span.End))
            {
                nearest = check;
            }
        }

        return nearest;
    }

    private static void Report(Action<Diagnostic> report, CapturePoint point, string status, Dictionary<string, string?> properties, string reportedAs = DiagnosticIds.UnguardedCapture)
    {
        properties[Keys.Status] = status;
        report(Diagnostic.Create(
            Descriptors.CaptureSite,
            UnguardedCaptureDiagnostic.ReportedLocation(point.Operation.Syntax),
            properties.ToImmutableDictionary(),
            properties[Keys.Member],
            properties[Keys.EnclosingMember],
            Explain(status, properties, reportedAs)));
    }

    private static string Explain(string status, Dictionary<string, string?> properties, string reportedAs) => status switch
    {
        "guarded" when properties.TryGetValue(Keys.Check, out var check) && check != null
            => $"guarded (nearest check before it: '{check}' on line {properties[Keys.CheckLine]})",
        "guarded" => "guarded",
        "unguarded" => $"not guarded on every path ({reportedAs})",
        "callers" => "the member is [RequiresConsent]: its callers must check consent",
        "exempt" => $"exempt ([ConsentExempt] {properties[Keys.ExemptionBasis]})",
        _ => "never reached (dead code)",
    };

    private Dictionary<string, string?> Describe(CapturePoint point, ISymbol owner)
    {
        var target = point.Target;
        var properties = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [Keys.Version] = Version,
            [Keys.Member] = target.ToDisplayString(DisplayFormats.Member),
            [Keys.MemberId] = ConsentSymbols.Normalize(target).GetDocumentationCommentId(),
            [Keys.Assembly] = target.ContainingAssembly?.Name,
            [Keys.EnclosingMember] = owner.ToDisplayString(DisplayFormats.Member),

            // The activity the code is tied to ([BiometricActivity]), as written: described or not (BIO2005 says which).
            [Keys.Activity] = links?.Ties.Resolve(owner)?.ActivityId,
        };

        var roles = symbols.GetRoles(target);
        string source;
        if ((roles & MemberRoles.Capture) != 0)
        {
            source = IsApiListed(target) ? "api-list" : "attribute";
        }
        else if ((roles & MemberRoles.CatalogCapture) != 0)
        {
            source = "catalog";
            if (FindCatalogEntry(target) is { } entry)
            {
                properties[Keys.Sdk] = entry.Sdk;
                properties[Keys.Package] = entry.PackageId;
            }
        }
        else
        {
            source = "requires-consent";
        }

        properties[Keys.Source] = source;
        return properties;
    }

    private bool IsApiListed(ISymbol target)
    {
        var normalized = ConsentSymbols.Normalize(target);
        return symbols.ApiList.CaptureMembers.Contains(normalized)
            || (normalized.ContainingType is { } type && symbols.ApiList.CaptureTypes.Contains(type));
    }

    /// <summary>The catalog entry naming the member or its whole type; only asked for when the inventory is on.</summary>
    private static SdkCatalogEntry? FindCatalogEntry(ISymbol target)
    {
        var type = target.ContainingType;
        if (type == null)
        {
            return null;
        }

        var typeName = MetadataName(type);
        SdkCatalogEntry? typeWide = null;
        foreach (var entry in BuiltInSdkCatalog.Entries)
        {
            if (entry.Role != ApiRole.Capture || !string.Equals(entry.TypeMetadataName, typeName, StringComparison.Ordinal))
            {
                continue;
            }

            if (string.Equals(entry.MemberName, target.Name, StringComparison.Ordinal))
            {
                return entry;
            }

            typeWide ??= entry.MemberName == null ? entry : null;
        }

        return typeWide;
    }

    private static string MetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder(type.MetadataName);
        for (var outer = type.ContainingType; outer != null; outer = outer.ContainingType)
        {
            builder.Insert(0, outer.MetadataName + "+");
        }

        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Insert(0, ns.ToDisplayString() + ".");
        }

        return builder.ToString();
    }

    /// <summary>The <c>[ConsentExempt]</c> that exempts code in <paramref name="member"/>, as <see cref="ConsentSymbols.IsExempt"/> finds it.</summary>
    private static AttributeData? FindExemption(ISymbol member)
    {
        var found = AttributeNames.Find(member, AttributeNames.ConsentExempt);
        if (found == null && member is IMethodSymbol { AssociatedSymbol: { } associated })
        {
            found = AttributeNames.Find(associated, AttributeNames.ConsentExempt);
        }

        for (var type = member.ContainingType; found == null && type != null; type = type.ContainingType)
        {
            found = AttributeNames.Find(type, AttributeNames.ConsentExempt);
        }

        return found;
    }

    /// <summary>The exemption's basis by its enum member's name (<c>PublicSecurity</c>), or its value when no member has it.</summary>
    private static string? BasisOf(AttributeData exemption)
    {
        if (exemption.ConstructorArguments.IsEmpty)
        {
            return null;
        }

        var argument = exemption.ConstructorArguments[0];
        if (argument.Kind == TypedConstantKind.Enum && argument.Type is INamedTypeSymbol enumType)
        {
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, argument.Value))
                {
                    return field.Name;
                }
            }
        }

        return argument.Value?.ToString();
    }
}
