using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using Microsoft.Data.Sqlite;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>
/// A ledger the process cannot write fails when it is opened, not at its first append. The tests run as root, whom
/// file permissions do not stop (CAP_DAC_OVERRIDE): a file made read-only with chmod is then opened by a child process
/// without that capability (setpriv), and a read-only connection is asked for with a <c>mode=ro</c> URI.
/// </summary>
public sealed class ReadOnlyFileTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task A_read_only_connection_fails_at_open()
    {
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant());
        }

        var readOnly = new SqliteConnectionStringBuilder { DataSource = "file:" + kit.DatabasePath + "?mode=ro" };
        var e = await Assert.ThrowsAsync<SqliteException>(() => SqliteConsentLedger.OpenAsync(readOnly, kit.Clock, NoPolling));
        Assert.Equal(8, e.SqliteErrorCode);
        Assert.Contains("can only be opened read-only", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_file_made_read_only_with_chmod_fails_at_open_for_a_process_that_may_not_write_it()
    {
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant());
        }

        File.SetUnixFileMode(kit.DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            SqliteConsentLedger? opened = null;
            try
            {
                opened = await kit.OpenAsync(NoPolling);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 8)
            {
                // Not root: the permissions apply to this process.
                return;
            }

            // Root may write the file regardless, and does: the ledger is usable.
            await using (opened)
            {
                Assert.Equal(2, (await opened.AppendAsync(Grant())).SequenceNumber);
            }

            (var exitCode, var output, var errors) = await RunWriterWithoutFileCapabilitiesAsync();
            Assert.DoesNotContain("READY", output, StringComparison.Ordinal);
            Assert.NotEqual(0, exitCode);
            Assert.Contains("can only be opened read-only", errors, StringComparison.Ordinal);
            Assert.Equal(2L, kit.ScalarRaw("SELECT count(*) FROM consent_events;"));
        }
        finally
        {
            File.SetUnixFileMode(kit.DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    // The crash writer opens the ledger and would print READY; setpriv drops the capabilities that let root ignore
    // file permissions, so the child is refused the write as any other user would be.
    private async Task<(int ExitCode, string Output, string Errors)> RunWriterWithoutFileCapabilitiesAsync()
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "crash-writer", "BiometricConsent.Sqlite.CrashWriter.dll");
        var start = new ProcessStartInfo("setpriv")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(kit.DatabasePath);
        start.ArgumentList.Add("read-only");
        start.ArgumentList.Add("1");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await errors);
    }
}
