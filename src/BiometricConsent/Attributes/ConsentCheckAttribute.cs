using System;

namespace BiometricConsent;

/// <summary>
/// Marks a method as a consent check that guards face capture, or a <see cref="bool"/> property as the granted flag
/// of a decision object.
/// </summary>
/// <remarks>
/// <para>
/// A method returning <see cref="bool"/>, <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c> is a
/// <em>predicate</em>: <see langword="true"/> promises that consent is in place for the capture that follows.
/// A method with any other return type is an <em>assertion</em>: it promises to return normally only when
/// consent is in place and to throw otherwise.
/// </para>
/// <para>
/// A <see cref="bool"/> property is a predicate too: reading <see langword="true"/> from it promises that consent is
/// in place. Put it on the member of a decision type that says whether consent was granted (as
/// <see cref="Consent.ConsentDecision.IsGranted"/> has it), so that
/// <c>if (!decision.IsGranted) { log(decision.Reason); return; }</c> guards the capture that follows. The
/// property must only be <see langword="true"/> on a decision that found consent in place. On a property of any
/// other type the mark means nothing.
/// </para>
/// <para>
/// The mark is inherited by overrides and interface implementations. The analyzer recognises this attribute by
/// name in any namespace.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, Inherited = true, AllowMultiple = false)]
public sealed class ConsentCheckAttribute : Attribute
{
}
