using System;
using System.IO;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

/// <summary>The head anchor: kept outside the file, it shows records lost from the tail and history rewritten.</summary>
public sealed class AnchorTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task An_intact_ledger_verifies_against_every_earlier_anchor_and_returns_its_head()
    {
        await using var ledger = await kit.OpenAsync(NoPolling);
        Assert.Equal(LedgerAnchor.Empty, ledger.Head);
        await ledger.AppendAsync(Grant());
        var first = ledger.Head;
        await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        Assert.Equal(1, first.SequenceNumber);
        Assert.Equal(64, first.Checksum.Length);
        Assert.Equal(first, LedgerAnchor.Parse(first.ToString()));
        Assert.Equal(ledger.Head, await ledger.VerifyAgainstAsync(first));
        Assert.Equal(ledger.Head, await ledger.VerifyAgainstAsync(LedgerAnchor.Empty));
        Assert.Equal(ledger.Head, await ledger.VerifyAgainstAsync(ledger.Head));
        Assert.Equal(2, ledger.Head.SequenceNumber);
    }

    [Fact]
    public async Task Deleting_the_newest_records_is_reported_against_the_anchor()
    {
        string anchor;
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(new ConsentEvent[] { Grant(), Grant(subject: Bob), new ConsentWithdrawn(Alice, T0) });
            anchor = ledger.Head.ToString();
        }

        // Someone who can write the file drops the append-only trigger, deletes, and restores the trigger.
        kit.ExecuteRaw("""
            DROP TRIGGER consent_events_no_delete;
            DELETE FROM consent_events WHERE sequence > 1;
            CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events BEGIN SELECT RAISE(ABORT, 'x'); END;
            """);

        // The chain of what is left is intact, so the file opens; only the anchor shows the loss.
        await using var truncated = await kit.OpenAsync(NoPolling);
        Assert.Equal(1, truncated.LastSequenceNumber);
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => truncated.VerifyAgainstAsync(LedgerAnchor.Parse(anchor)));
        Assert.Equal(2, e.SequenceNumber);
        Assert.Contains("records #2 to #3 are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lost_write_ahead_log_is_reported_against_the_anchor()
    {
        var copy = Path.Combine(kit.Directory, "copy.db");
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(Grant());
            var anchor = ledger.Head;

            // While the ledger is open its commits are in consent.db-wal, not yet checkpointed into the main file; the
            // main file alone is what is left when the -wal is lost. It opens as a ledger without the record.
            File.Copy(kit.DatabasePath, copy);
            await using var withoutWal = await kit.OpenAsync(NoPolling, copy);
            Assert.Equal(0, withoutWal.LastSequenceNumber);
            var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => withoutWal.VerifyAgainstAsync(anchor));
            Assert.Contains("records #1 to #1 are missing", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_history_rewritten_with_a_recomputed_chain_is_reported_against_the_anchor()
    {
        LedgerAnchor anchor;
        await using (var ledger = await kit.OpenAsync(NoPolling))
        {
            await ledger.AppendAsync(new ConsentEvent[] { Grant(), new ConsentWithdrawn(Alice, T0) });
            anchor = ledger.Head;
        }

        // Another ledger with as many records, each checksum correct: what a forger who recomputes the chain produces.
        File.Delete(kit.DatabasePath);
        await using var forged = await kit.OpenAsync(NoPolling);
        await forged.AppendAsync(new ConsentEvent[] { Grant(), Grant(subject: Bob) });
        var e = await Assert.ThrowsAsync<ConsentLedgerCorruptException>(() => forged.VerifyAgainstAsync(anchor));
        Assert.Equal(2, e.SequenceNumber);
        Assert.Contains("does not carry the anchor's checksum", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("-1:0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("1:00")]
    [InlineData("1:zz00000000000000000000000000000000000000000000000000000000000000")]
    public void Text_that_is_not_an_anchor_is_refused(string text) =>
        Assert.Throws<FormatException>(() => LedgerAnchor.Parse(text));
}
