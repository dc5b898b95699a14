using System;

namespace BiometricConsent;

/// <summary>
/// Ties face-capture code to the processing activity it serves: the <c>id</c> of an activity file
/// (<c>*.activity.json</c>, docs/activity-format.md) of the same project. The analyzer then holds the code to what
/// the file declares: capture sites in code tied to an activity whose basis is consent must check consent on every
/// path (BIO2004), an ID that no activity file describes is reported (BIO2005), and so is an activity file that no
/// code is tied to (BIO2006, a suggestion).
/// </summary>
/// <remarks>
/// Applies to the assembly (<c>[assembly: BiometricActivity("door-analytics")]</c>), classes, structs, interfaces,
/// methods, constructors and properties. The innermost declaration wins: a method's own tie overrides its type's,
/// a nested type's overrides its containing type's, and any of them overrides the assembly's. Code in lambdas and
/// local functions belongs to the member that contains them. The analyzer recognises this attribute by name in any
/// namespace.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface |
    AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property,
    Inherited = false, AllowMultiple = false)]
public sealed class BiometricActivityAttribute : Attribute
{
    /// <summary>Ties the marked code to the activity with the given ID.</summary>
    /// <param name="activityId">The <c>id</c> of the activity file that describes the processing this code does.</param>
    public BiometricActivityAttribute(string activityId)
    {
        ActivityId = activityId;
    }

    /// <summary>The <c>id</c> of the activity file that describes the processing this code does.</summary>
    public string ActivityId { get; }
}
