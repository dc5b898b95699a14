using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;

namespace BiometricConsent.Analyzers.Flow
{
    /// <summary>What a fact is about: a local variable, or an intermediate value the control-flow graph captured.</summary>
    internal readonly struct FactKey : IEquatable<FactKey>
    {
        private readonly ILocalSymbol? _local;
        private readonly CaptureId _capture;

        private FactKey(ILocalSymbol? local, CaptureId capture)
        {
            _local = local;
            _capture = capture;
        }

        internal static FactKey For(ILocalSymbol local) => new FactKey(local, default);

        /// <summary>The local the fact is about; <see langword="null"/> for a value the graph captured.</summary>
        internal ILocalSymbol? Local => _local;

        internal static FactKey For(CaptureId capture) => new FactKey(null, capture);

        public bool Equals(FactKey other)
            => _local == null
                ? other._local == null && _capture.Equals(other._capture)
                : SymbolEqualityComparer.Default.Equals(_local, other._local);

        public override bool Equals(object? obj) => obj is FactKey other && Equals(other);

        public override int GetHashCode() => _local == null ? _capture.GetHashCode() : SymbolEqualityComparer.Default.GetHashCode(_local);
    }
}
