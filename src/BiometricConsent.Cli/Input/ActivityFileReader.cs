using System;
using System.Collections.Generic;
using System.IO;
using System.Security;
using System.Text;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;

namespace BiometricConsent.Cli.Input
{
    /// <summary>Reads activity files relative to a working directory, turning every way a file can be bad into an <see cref="InputError"/>.</summary>
    internal sealed class ActivityFileReader
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        private static readonly char[] Wildcards = { '*', '?' };
        private readonly string workingDirectory;

        public ActivityFileReader(string workingDirectory)
        {
            this.workingDirectory = workingDirectory;
        }

        /// <summary>Reads and validates <paramref name="path"/>; exactly one of the results is non-null.</summary>
        public (ActivityFile? File, InputError? Error) Read(string path)
        {
            string display = DisplayPath(path);
            if (path.Trim().Length == 0)
            {
                return (null, new InputError("\"\"", null, "The file name is empty."));
            }

            string full;
            try
            {
                full = Path.GetFullPath(Path.Combine(workingDirectory, path));
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return (null, new InputError(display, null, $"Not a valid file path: {e.Message}"));
            }

            if (Directory.Exists(full))
            {
                return (null, new InputError(display, null, "This is a directory; expected an activity JSON file."));
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(full);
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                return (null, new InputError(display, null, "The file does not exist."));
            }
            catch (Exception e) when (e is UnauthorizedAccessException || e is SecurityException)
            {
                return (null, new InputError(display, null, "The file cannot be read: permission denied."));
            }
            catch (IOException e)
            {
                return (null, new InputError(display, null, $"The file cannot be read: {e.Message}"));
            }

            string json;
            try
            {
                json = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return (null, new InputError(display, "$", "The file is not UTF-8 text; save the activity as UTF-8 JSON."));
            }

            // A byte-order mark (as Windows editors write) is not part of the JSON text.
            if (json.Length > 0 && json[0] == '\uFEFF')
            {
                json = json.Substring(1);
            }

            try
            {
                return (new ActivityFile(display, json, ActivityJson.Parse(json)), null);
            }
            catch (ActivityFormatException e)
            {
                TextPosition? position = e.JsonPath == "$" ? null : JsonPathLocator.Locate(json, e.JsonPath);
                return (null, new InputError(display, e.JsonPath, e.Reason, position));
            }
        }

        /// <summary>
        /// Expands a wildcard (<c>*</c>, <c>?</c>) in the file-name part of <paramref name="path"/> when no file has that
        /// literal name, as shells other than POSIX ones (cmd, PowerShell) leave <c>activities/*.json</c> unexpanded.
        /// Matches are sorted ordinally so that the output order does not depend on the file system.
        /// </summary>
        /// <returns>The paths to read, or an error when the pattern matches nothing.</returns>
        public (IReadOnlyList<string> Paths, InputError? Error) Expand(string path)
        {
            string name = Path.GetFileName(path);
            if (name.IndexOfAny(Wildcards) < 0)
            {
                return (new[] { path }, null);
            }

            string? folder = Path.GetDirectoryName(path);
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
                foreach (string file in Directory.GetFiles(fullFolder, name))
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

        /// <summary>
        /// <paramref name="path"/> relative to the working directory with forward slashes, so that reports are the
        /// same on every machine and SARIF locations resolve against the repository.
        /// </summary>
        public string DisplayPath(string path)
        {
            try
            {
                string full = Path.GetFullPath(Path.Combine(workingDirectory, path));
                string relative = Path.GetRelativePath(workingDirectory, full);
                return (Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                return path;
            }
        }
    }
}
