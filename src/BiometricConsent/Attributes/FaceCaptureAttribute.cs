using System;

namespace BiometricConsent;

/// <summary>
/// Marks an API whose call captures, detects, extracts or matches a face. The BiometricConsent analyzer
/// reports every call of it (BIO1001) that is not preceded, on every control-flow path, by a successful
/// consent check.
/// </summary>
/// <remarks>
/// On a class, struct or interface, every public method and property of the type is a capture API
/// (constructors are not). The mark is inherited: overrides and interface implementations of a marked
/// member are capture APIs too. The analyzer recognises this attribute by name in any namespace.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Constructor |
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface,
    Inherited = true, AllowMultiple = false)]
public sealed class FaceCaptureAttribute : Attribute
{
}
