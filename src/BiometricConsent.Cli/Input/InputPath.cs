using System;
using System.Collections.Generic;
using System.IO;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Cli.Input;

/// <summary>Resolves a path argument against the working directory, for the commands that read logs and projects.</summary>
internal static class InputPath
{
    /// <summary>
    /// The full path of <paramref name="argument"/>; null, with an error naming the argument added to
    /// <paramref name="errors"/>, when it is no valid path (a NUL character, a path too long).
    /// </summary>
    public static string? Resolve(string workingDirectory, string argument, List<InputError> errors)
    {
        try
        {
            return Path.GetFullPath(Path.Combine(workingDirectory, argument));
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
        {
            errors.Add(new InputError(Printable.Escape(argument), null, $"Not a valid path: {e.Message}"));
            return null;
        }
    }
}
