using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BiometricConsent.Analyzers.Flow;

/// <summary>What a fact is about: a local variable, or an intermediate value the control-flow graph captured.</summary>
internal readonly struct FactKey : IEquatable<FactKey>
{
    private readonly ILocalSymbol? local;
    private readonly CaptureId capture;

    private FactKey(ILocalSymbol? local, CaptureId capture)
    {
        this.local = local;
        this.capture = capture;
    }

    internal static FactKey For(ILocalSymbol local) => new FactKey(local, default);

    /// <summary>The local the fact is about; <see langword="null"/> for a value the graph captured.</summary>
    internal ILocalSymbol? Local => local;

    internal static FactKey For(CaptureId capture) => new FactKey(null, capture);

    public bool Equals(FactKey other)
        => local == null
            ? other.local == null && capture.Equals(other.capture)
            : SymbolEqualityComparer.Default.Equals(local, other.local);

    public override bool Equals(object? obj) => obj is FactKey other && Equals(other);

    public override int GetHashCode() => local == null ? capture.GetHashCode() : SymbolEqualityComparer.Default.GetHashCode(local);
}
