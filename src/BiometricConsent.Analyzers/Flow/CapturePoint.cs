using Microsoft.CodeAnalysis;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>A call, property access, object creation or method-group conversion that must be guarded.</summary>
internal sealed class CapturePoint
{
    internal CapturePoint(IOperation operation, ISymbol target)
    {
        Operation = operation;
        Target = target;
    }

    /// <summary>The operation as the operation tree (not the control-flow graph) has it.</summary>
    internal IOperation Operation { get; }

    /// <summary>The capture API or <c>[RequiresConsent]</c> member.</summary>
    internal ISymbol Target { get; }
}
