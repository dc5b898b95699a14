using System;
using System.Collections.Generic;
using System.IO;

namespace BiometricConsent.Sqlite.Storage;

/// <summary>File-system permissions of a ledger's files.</summary>
internal static class LedgerFiles
{
    /// <summary>
    /// Creates a missing ledger file empty and owner-only (mode 0600) on Unix, before SQLite opens it: SQLite would
    /// create it with 0644 less the umask, readable by every local user. SQLite gives the <c>-wal</c> and <c>-shm</c>
    /// files the main file's mode, so they are owner-only too. An existing file is left to <see cref="RestrictToOwner"/>.
    /// Nothing happens on Windows (files inherit the directory's ACL) or in the netstandard2.0 build, which has no API
    /// for the mode.
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

    /// <summary>
    /// Takes every permission of the group and of other users away from an existing ledger file and its <c>-wal</c>
    /// and <c>-shm</c> files on Unix (0644 becomes 0600, 0444 stays read-only as 0400), as files created by versions
    /// before owner-only creation, or copied with a permissive umask, let every local user read personal data.
    /// Nothing happens on Windows or in the netstandard2.0 build.
    /// </summary>
    /// <param name="path">The ledger file.</param>
    /// <returns>Each file whose mode was changed, or could not be: its old and new mode in octal, and the error if the change failed.</returns>
    internal static List<(string File, string OldMode, string NewMode, Exception? Error)> RestrictToOwner(string path)
    {
        var changed = new List<(string File, string OldMode, string NewMode, Exception? Error)>();
#if NET8_0_OR_GREATER
        if (System.OperatingSystem.IsWindows())
        {
            return changed;
        }

        const UnixFileMode OwnerBits = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            UnixFileMode mode;
            try
            {
                if (!File.Exists(file))
                {
                    continue;
                }

                mode = File.GetUnixFileMode(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours to inspect: SQLite reports what matters when it opens the file.
                continue;
            }

            var owner = mode & OwnerBits;
            if (owner == mode)
            {
                continue;
            }

            try
            {
                File.SetUnixFileMode(file, owner);
                changed.Add((file, Octal(mode), Octal(owner), null));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Another user's file: only its owner (or root) can change the mode.
                changed.Add((file, Octal(mode), Octal(owner), e));
            }
        }
#endif
        return changed;
    }

#if NET8_0_OR_GREATER
    private static string Octal(UnixFileMode mode) => "0" + Convert.ToString((int)mode & 0xFFF, 8).PadLeft(3, '0');
#endif
}
