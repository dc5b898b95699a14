using System;
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
