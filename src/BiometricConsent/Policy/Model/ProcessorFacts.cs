using System;
using System.Collections.Generic;

namespace BiometricConsent.Policy.Model;

/// <summary>Who processes the biometric information (<c>processor</c> in docs/activity-format.md).</summary>
public sealed class ProcessorFacts
{
    private readonly ulong kindMask;

    /// <summary>Creates the facts; omit what is unknown.</summary>
    /// <param name="name">The processor's name, for reports.</param>
    /// <param name="kinds">What kinds of processor it is (it may be several), or <c>null</c> when unknown.</param>
    /// <param name="networkOperator">Whether it owns or manages a network or provides network services (a "network operator", Cybersecurity Law Art. 76(3)); <c>null</c> when unknown.</param>
    /// <param name="mandatedByLaw">
    /// Whether a law or administrative regulation assigns this processor the duty or authority the processing performs
    /// (a statutory duty or obligation, or public security under State provisions such as State Council Order 799), or
    /// <c>null</c> when unknown. State organs and law enforcement need not state it.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty, repeats a kind or holds an undefined value.</exception>
    public ProcessorFacts(string? name = null, IEnumerable<ProcessorKind>? kinds = null, bool? networkOperator = null, bool? mandatedByLaw = null)
    {
        Name = name;
        Kinds = FactGuard.EnumList(kinds, FactPaths.Processor.Kinds, allowEmpty: false, out kindMask);

        // Cybersecurity Law, Civil Code and CRPL Implementing Regulations facts (issue 9, instruments).
        NetworkOperator = networkOperator;
        MandatedByLaw = mandatedByLaw;
    }

    /// <summary>The processor's name, or <c>null</c>. JSON <c>$.processor.name</c>.</summary>
    public string? Name { get; }

    /// <summary>The kinds of processor, or <c>null</c> when unknown. JSON <c>$.processor.kinds</c>.</summary>
    public IReadOnlyList<ProcessorKind>? Kinds { get; }

    /// <summary>Whether it is a network operator (Cybersecurity Law Art. 76(3)), or <c>null</c>. JSON <c>$.processor.networkOperator</c>.</summary>
    public bool? NetworkOperator { get; }

    /// <summary>
    /// Whether a law or administrative regulation assigns the processor the duty or authority the processing performs,
    /// or <c>null</c> when unknown. JSON <c>$.processor.mandatedByLaw</c>.
    /// </summary>
    public bool? MandatedByLaw { get; }

    /// <summary>Whether <see cref="Kinds"/> includes <paramref name="kind"/>: <c>null</c> when the kinds are unknown.</summary>
    /// <param name="kind">The kind.</param>
    public bool? Includes(ProcessorKind kind) => Kinds is null ? (bool?)null : FactGuard.Has(kindMask, (int)kind);
}
