using System;

namespace BiometricConsent.Policy.Reporting;

/// <summary>A 1-based line and column in a text; the column counts UTF-16 code units, as editors and SARIF (<c>utf16CodeUnits</c>) do.</summary>
public readonly struct TextPosition : IEquatable<TextPosition>
{
    /// <summary>Creates a position.</summary>
    /// <param name="line">The line, from 1.</param>
    /// <param name="column">The column, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> or <paramref name="column"/> is less than 1.</exception>
    public TextPosition(int line, int column)
    {
        Line = line >= 1 ? line : throw new ArgumentOutOfRangeException(nameof(line), line, "Lines are counted from 1.");
        Column = column >= 1 ? column : throw new ArgumentOutOfRangeException(nameof(column), column, "Columns are counted from 1.");
    }

    /// <summary>The line, from 1.</summary>
    public int Line { get; }

    /// <summary>The column, from 1, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <inheritdoc />
    public bool Equals(TextPosition other) => Line == other.Line && Column == other.Column;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextPosition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Line * 397) ^ Column;

    /// <summary>The position as <c>line:column</c>.</summary>
    /// <returns>E.g. <c>12:5</c>.</returns>
    public override string ToString() => $"{Line}:{Column}";
}
