using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace BiometricConsent.Cli.Input
{
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
            if (NotRegular(fullPath) is string kind)
            {
                return (null, $"This is {kind}, not a regular file; expected an activity JSON file.");
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

        /// <summary>What the file is when it is not a regular file (a link is followed); <c>null</c> for a regular file or when unknown.</summary>
        private static string? NotRegular(string fullPath)
        {
            if (OperatingSystem.IsWindows())
            {
                return File.Exists(fullPath) && File.GetAttributes(fullPath).HasFlag(FileAttributes.Device) ? "a device" : null;
            }

            int mode;
            try
            {
                // .NET exposes no file type; the runtime's own native library does (its FileStatus starts with
                // int Flags, int Mode). A runtime without it leaves the chunked read to bound the damage.
                var status = new byte[256];
                if (Stat(Encoding.UTF8.GetBytes(fullPath + "\0"), status) != 0)
                {
                    return null; // absent or inaccessible: opening the file says which
                }

                mode = BitConverter.ToInt32(status, 4) & 0xF000;
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException)
            {
                return null;
            }

            return mode switch
            {
                0x8000 => null,
                0x1000 => "a named pipe (FIFO)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => "a special file",
            };
        }

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] utf8Path, [Out] byte[] status);
    }
}
