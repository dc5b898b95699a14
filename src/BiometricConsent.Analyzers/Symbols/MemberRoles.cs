using System;

namespace BiometricConsent.Analyzers.Symbols;

/// <summary>What a method, property or constructor means to the analyzer.</summary>
[Flags]
internal enum MemberRoles
{
    /// <summary>Nothing of interest.</summary>
    None = 0,

    /// <summary>A capture API by the user's marks: <c>[FaceCapture]</c> or a <c>capture</c> line of the API list.</summary>
    Capture = 1,

    /// <summary>A capture API by the built-in catalog only (which <c>.editorconfig</c> can switch off per file).</summary>
    CatalogCapture = 2,

    /// <summary>A consent check: <c>[ConsentCheck]</c>, a <c>check</c> line of the API list, or a catalog check.</summary>
    Check = 4,

    /// <summary>Carries <c>[RequiresConsent]</c> itself (this mark is not inherited; BIO1003 keeps it consistent).</summary>
    RequiresConsent = 8,

    /// <summary>A <c>[Conditional]</c> method: its calls, arguments included, are compiled away in some builds.</summary>
    Conditional = 16,

    /// <summary>The roles that overrides and interface implementations inherit (docs/analyzer.md, "Configuration").</summary>
    Inheritable = Capture | CatalogCapture | Check,
}
