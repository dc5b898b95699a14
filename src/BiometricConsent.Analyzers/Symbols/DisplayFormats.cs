using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>How diagnostics name symbols.</summary>
internal static class DisplayFormats
{
    /// <summary>A member with its containing type and no parameters, e.g. <c>Camera.Capture</c>.</summary>
    internal static readonly SymbolDisplayFormat Member = new SymbolDisplayFormat(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);
}
