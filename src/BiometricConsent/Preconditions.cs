using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace BiometricConsent;

/// <summary>
/// The one place argument checks live (after NodaTime's <c>Preconditions</c>). Every check throws the same exception,
/// with the same <see cref="ArgumentException.ParamName"/> and message, as the hand-written check it replaces.
/// </summary>
/// <remarks>BiometricConsent.Sqlite compiles this file in as its own internal copy (a linked source file).</remarks>
[DebuggerStepThrough]
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/>, or throws when it is null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    /// <summary>Returns <paramref name="argument"/>, or throws with <paramref name="message"/> when it is null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="argument"/> is null.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T CheckNotNull<T>([NotNull] T? argument, string paramName, string message)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName, message);

    /// <summary>Throws when <paramref name="expression"/>, the condition a valid argument meets, is false.</summary>
    /// <exception cref="ArgumentException"><paramref name="expression"/> is false.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
