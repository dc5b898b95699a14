using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Text;
using BiometricConsent.Policy.Model;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Cli.Input;

/// <summary>Reads activity files relative to a working directory, turning every way a file can be bad into an <see cref="InputError"/>.</summary>
internal sealed class ActivityFileReader
{
    private static readonly InputError[] NoErrors = new InputError[0];
    private static readonly char[] Wildcards = { '*', '?' };
    private readonly string workingDirectory;

    public ActivityFileReader(string workingDirectory)
    {
        this.workingDirectory = workingDirectory;
    }

    /// <summary>Reads and validates <paramref name="path"/>: either the file, or why it cannot be used (every error the file has, up to <see cref="ActivityFormatException.MaxErrors"/>).</summary>
    public (ActivityFile? File, IReadOnlyList<InputError> Errors) Read(string path)
    {
        var display = DisplayPath(path);
        if (path.Trim().Length == 0)
        {
            return Failed(new InputError("\"\"", null, "The file name is empty."));
        }

        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(workingDirectory, path));
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
        {
            return Failed(new InputError(display, null, $"Not a valid file path: {e.Message}"));
        }

        if (Directory.Exists(full))
        {
            return Failed(new InputError(display, null, "This is a directory; expected an activity JSON file."));
        }

        byte[] bytes;
        try
        {
            (var read, var refusal) = RegularFile.Read(full);
            if (read is null)
            {
                return Failed(new InputError(display, null, refusal!));
            }

            bytes = read;
        }
        catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
        {
            return Failed(new InputError(display, null, "The file does not exist."));
        }
        catch (Exception e) when (e is UnauthorizedAccessException || e is SecurityException)
        {
            return Failed(new InputError(display, null, "The file cannot be read: permission denied."));
        }
        catch (IOException e)
        {
            return Failed(new InputError(display, null, $"The file cannot be read: {e.Message}"));
        }

        Activity activity;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            activity = ActivityJson.Parse(stream);
        }
        catch (ActivityFormatException e)
        {
            var errors = new List<InputError>(e.Errors.Count + 1);
            foreach (var error in e.Errors)
            {
                errors.Add(new InputError(display, error.JsonPath, error.Reason, error.Position));
            }

            if (e.ErrorCount > e.Errors.Count)
            {
                errors.Add(new InputError(display, null, $"... and {e.ErrorCount - e.Errors.Count} more errors in this file (the first {e.Errors.Count} are shown)."));
            }

            return (null, errors);
        }

        // Valid UTF-8 now; the text is kept to locate facts in reports, without a byte-order mark like the reader.
        var json = Encoding.UTF8.GetString(bytes);
        if (json.Length > 0 && json[0] == '\uFEFF')
        {
            json = json.Substring(1);
        }

        return (new ActivityFile(display, json, activity), NoErrors);
    }

    /// <summary>
    /// Expands a wildcard (<c>*</c>, <c>?</c>) in the file-name part of <paramref name="path"/> when no file has that
    /// literal name, as shells other than POSIX ones (cmd, PowerShell) leave <c>activities/*.json</c> unexpanded.
    /// Matches are sorted ordinally so that the output order does not depend on the file system.
    /// </summary>
    /// <returns>The paths to read, or an error when the pattern matches nothing.</returns>
    public (IReadOnlyList<string> Paths, InputError? Error) Expand(string path)
    {
        var name = Path.GetFileName(path);
        if (name.IndexOfAny(Wildcards) < 0)
        {
            return (new[] { path }, null);
        }

        var folder = Path.GetDirectoryName(path);
        string fullFolder;
        try
        {
            if (File.Exists(Path.Combine(workingDirectory, path)))
            {
                return (new[] { path }, null);
            }

            fullFolder = Path.GetFullPath(Path.Combine(workingDirectory, string.IsNullOrEmpty(folder) ? "." : folder));
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
        {
            return (new[] { path }, null);
        }

        var matches = new List<string>();
        if (Directory.Exists(fullFolder))
        {
            foreach (var file in Directory.GetFiles(fullFolder, name))
            {
                matches.Add(string.IsNullOrEmpty(folder) ? Path.GetFileName(file) : Path.Combine(folder, Path.GetFileName(file)));
            }
        }

        if (matches.Count == 0)
        {
            return (matches, new InputError(DisplayPath(path), null, "No file matches this pattern."));
        }

        matches.Sort(StringComparer.Ordinal);
        return (matches, null);
    }

    private static (ActivityFile? File, IReadOnlyList<InputError> Errors) Failed(InputError error) => (null, new[] { error });

    /// <summary>
    /// <paramref name="path"/> relative to the working directory with forward slashes, so that reports are the
    /// same on every machine and SARIF locations resolve against the repository.
    /// </summary>
    public string DisplayPath(string path)
    {
        try
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            var relative = Path.GetRelativePath(workingDirectory, full);
            return (Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
        }
        catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
        {
            return path;
        }
    }
}
