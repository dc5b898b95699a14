using System;
using System.Globalization;
using System.IO;

namespace BiometricConsent.Cli.Input;

/// <summary>
/// Reads an activity file only if it is a regular file of at most <see cref="MaxBytes"/>, in memory proportional
/// to that limit: <c>/dev/zero</c> would otherwise fill the memory, a named pipe block the tool forever, and a
/// 100 MB file cost gigabytes before it was rejected.
/// </summary>
internal static class RegularFile
{
    /// <summary>The largest activity file the tool reads: 1 MiB, some hundred times the largest real activity.</summary>
    public const int MaxBytes = 1024 * 1024;

    private const int Chunk = 64 * 1024;

    /// <summary>Reads the file at <paramref name="fullPath"/>; the exceptions are those of opening and reading it.</summary>
    /// <returns>The bytes, or <c>null</c> and why the file is not read.</returns>
    public static (byte[]? Bytes, string? Refusal) Read(string fullPath)
    {
        // .NET tells no file type on Unix, but a pipe, a device or a socket has no length. A file of length 0 is
        // not opened and reads as an empty document, so /dev/zero cannot fill the memory and a named pipe cannot
        // block the tool.
        var info = new FileInfo(fullPath);
        if (info.Exists && info.Length == 0)
        {
            return (Array.Empty<byte>(), null);
        }

        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > MaxBytes)
        {
            return (null, TooLarge(Bytes(stream.Length)));
        }

        // Read in chunks even when the length is known: the file may grow, and a device may say 0.
        using var bytes = new MemoryStream();
        var buffer = new byte[Chunk];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (bytes.Length + read > MaxBytes)
            {
                return (null, TooLarge("more than " + Bytes(MaxBytes)));
            }

            bytes.Write(buffer, 0, read);
        }

        return (bytes.ToArray(), null);
    }

    private static string TooLarge(string size) =>
        $"The file is {size}; an activity file may be at most 1 MiB ({Bytes(MaxBytes)}).";

    private static string Bytes(long count) => count.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
