using System;

namespace BiometricConsent.Policy.Rules;

/// <summary>Argument checks for the texts of instruments and rules.</summary>
internal static class RuleText
{
    internal static string Required(string? value, string parameter)
    {
        Preconditions.CheckNotNull(value, parameter);

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"{parameter} must not be empty.", parameter);
        }

        return value;
    }
}
