using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace BiometricConsent.Policy.Model
{
    /// <summary>
    /// Argument checks shared by the fact types. Parameter names equal the JSON field names, so the JSON reader
    /// turns <see cref="ArgumentException.ParamName"/> into a JSON path and <see cref="ReasonKey"/> into the reason.
    /// </summary>
    internal static class FactGuard
    {
        /// <summary>Key in <see cref="Exception.Data"/> under which the bare reason (without the parameter suffix) is stored.</summary>
        internal const string ReasonKey = "BiometricConsent.Policy.Reason";

        internal static ArgumentException Invalid(string parameter, string reason)
        {
            var exception = new ArgumentException(reason, parameter);
            exception.Data[ReasonKey] = reason;
            return exception;
        }

        /// <summary>Rejects <paramref name="flag"/> = true when <paramref name="prerequisite"/> is false.</summary>
        internal static void TrueOnlyIf(bool? flag, string flagName, bool? prerequisite, string prerequisiteName)
        {
            if (flag == true && prerequisite == false)
            {
                throw Invalid(flagName, $"{flagName} is true but {prerequisiteName} is false; the two contradict each other.");
            }
        }

        internal static void NotNegative(long? value, string parameter)
        {
            if (value < 0)
            {
                throw Invalid(parameter, $"{parameter} must not be negative (was {value}).");
            }
        }

        /// <summary>Copies an optional list of enum values, rejecting undefined values, duplicates and (unless allowed) emptiness.</summary>
        internal static IReadOnlyList<T>? EnumList<T>(IEnumerable<T>? values, string parameter, bool allowEmpty, out ulong mask)
            where T : struct, Enum
        {
            mask = 0;
            if (values is null)
            {
                return null;
            }

            var copy = new List<T>(values);
            if (copy.Count == 0 && !allowEmpty)
            {
                throw Invalid(parameter, $"{parameter} must list at least one value, or be omitted when unknown.");
            }

            foreach (T value in copy)
            {
                int number = Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
                if (!Enum.IsDefined(typeof(T), value) || number <= 0 || number >= 64)
                {
                    throw Invalid(parameter, $"{parameter} contains {Undefined(value, number, "list each separately")}.");
                }

                ulong bit = 1UL << number;
                if ((mask & bit) != 0)
                {
                    throw Invalid(parameter, $"{parameter} lists {value} more than once.");
                }

                mask |= bit;
            }

            return new ReadOnlyCollection<T>(copy.ToArray());
        }

        internal static T? DefinedOrNull<T>(T? value, string parameter)
            where T : struct, Enum
        {
            if (value is T v)
            {
                int number = Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture);
                if (!Enum.IsDefined(typeof(T), v) || number == 0)
                {
                    throw Invalid(parameter, $"{parameter} is {Undefined(v, number, "name one")}.");
                }
            }

            return value;
        }

        /// <summary>
        /// Describes a value that is not a single defined member: a combination of the flags of <see cref="Modality"/>
        /// or <see cref="RecognitionFunction"/> (valid in a consent, never in an activity) is named as such.
        /// </summary>
        private static string Undefined<T>(T value, int number, string remedy)
            where T : struct, Enum
        {
            string name = value.ToString();
            if (name.IndexOf(',') >= 0)
            {
                return $"{name}, a combination of {typeof(T).Name} flags; {remedy}";
            }

            return number == 0 ? $"{name}, which names no {typeof(T).Name}" : $"{number}, which is not a defined {typeof(T).Name}";
        }

        internal static bool Has(ulong mask, int value) => (mask & (1UL << value)) != 0;
    }
}
