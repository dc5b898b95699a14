using System.IO;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>File-system permissions of a ledger's files.</summary>
internal static class LedgerFiles
{
    /// <summary>
    /// Creates a missing ledger file empty and owner-only (mode 0600) on Unix, before SQLite opens it: SQLite would
    /// create it with 0644 less the umask, readable by every local user. SQLite gives the <c>-wal</c> and <c>-shm</c>
    /// files the main file's mode, so they are owner-only too. An existing file keeps its mode. Nothing happens on
    /// Windows (files inherit the directory's ACL) or in the netstandard2.0 build, which has no API for the mode.
    /// </summary>
    internal static void CreateOwnerOnly(string path)
    {
#if NET8_0_OR_GREATER
        if (System.OperatingSystem.IsWindows() || File.Exists(path))
        {
            return;
        }

        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            };
            using (new FileStream(path, options))
            {
                // An empty file is an empty SQLite database.
            }
        }
        catch (IOException)
        {
            // Created meanwhile by another process (which set its mode), or the directory is missing: SQLite then
            // opens the existing file or reports the missing directory itself, as without this step.
        }
        catch (System.UnauthorizedAccessException)
        {
            // The directory is not writable: SQLite reports it (or opens read-only and the ledger refuses).
        }
#endif
    }
}
