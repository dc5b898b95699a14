using System;

namespace BiometricConsent;

/// <summary>
/// Marks a method as a consent check that guards face capture.
/// </summary>
/// <remarks>
/// A method returning <see cref="bool"/>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c> is a
/// <em>predicate</em>: <see langword="true"/> promises that consent is in place for the capture that follows.
/// A method with any other return type is an <em>assertion</em>: it promises to return normally only when
/// consent is in place and to throw otherwise. The mark is inherited by overrides and interface
/// implementations. The analyzer recognises this attribute by name in any namespace.
/// </remarks>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class ConsentCheckAttribute : Attribute
{
}
