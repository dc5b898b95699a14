using System;

namespace BiometricConsent;

/// <summary>
/// Moves the consent obligation of a member to its callers: capture calls inside the member are not
/// reported, and every call <em>to</em> the member is treated like a capture call that must be guarded.
/// </summary>
/// <remarks>
/// Applies to methods, constructors, properties, local functions and lambdas. A member that overrides or
/// implements a <c>[RequiresConsent]</c> member must carry the attribute too (BIO1003), so that calls through
/// the derived type cannot escape the check. The analyzer recognises this attribute by name in any namespace.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property,
    Inherited = true, AllowMultiple = false)]
public sealed class RequiresConsentAttribute : Attribute
{
}
