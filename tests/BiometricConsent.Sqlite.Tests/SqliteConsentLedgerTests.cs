using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using BiometricConsent.Sqlite.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;
using static BiometricConsent.Sqlite.Tests.LedgerTestKit;

namespace BiometricConsent.Sqlite.Tests;

public sealed class SqliteConsentLedgerTests : IDisposable
{
    private readonly LedgerTestKit kit = new LedgerTestKit();

    public void Dispose() => kit.Dispose();

    [Fact]
    public async Task Creates_the_schema_in_a_new_file_with_WAL_and_the_ledger_identity()
    {
        Assert.False(File.Exists(kit.DatabasePath));
        await using (var ledger = await kit.OpenAsync())
        {
            Assert.Equal(Path.GetFullPath(kit.DatabasePath), ledger.DatabasePath);
            Assert.Equal(0, ledger.LastSequenceNumber);
            Assert.Empty(await ReadAllAsync(ledger));
        }

        Assert.Equal(0x42434C47L, kit.ScalarRaw("PRAGMA application_id;"));
        Assert.Equal((long)LedgerSchema.CurrentVersion, kit.ScalarRaw("PRAGMA user_version;"));
        Assert.Equal("wal", kit.ScalarRaw("PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Migrates_an_empty_existing_file()
    {
        File.WriteAllBytes(kit.DatabasePath, Array.Empty<byte>());
        await using var ledger = await kit.OpenAsync();
        var entry = await ledger.AppendAsync(Grant());
        Assert.Equal(1, entry.SequenceNumber);
        Assert.Equal((long)LedgerSchema.CurrentVersion, kit.ScalarRaw("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Appended_records_survive_reopening_with_every_field_intact()
    {
        var events = new ConsentEvent[]
        {
            Grant(
                purposes: new[] { Purpose.Payment, Purpose.AccessControl },
                functions: RecognitionFunction.Verification | RecognitionFunction.Identification,
                giver: ConsentGiver.Guardian("parent-77", "mother"),
                birthDate: new LocalDate(2015, 2, 28),
                expiresAt: T0 + Duration.FromDays(365) + Duration.FromNanoseconds(123),
                timeZone: DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
                evidence: "archive://forms/77 \"signed\" 同意书"),
            new ConsentWithdrawn(Alice, T0 + Duration.FromHours(1), new[] { Purpose.Payment }, "by phone"),
            new ConsentWithdrawn(Bob, T0 + Duration.FromHours(2)),
            new BiometricDataDeleted(Bob, T0 + Duration.FromHours(3), "purged"),
        };

        string before;
        await using (var ledger = await kit.OpenAsync())
        {
            await ledger.AppendAsync(events.Take(2).ToList());
            kit.Clock.Advance(Duration.FromMinutes(1));
            await ledger.AppendAsync(events.Skip(2).ToList());
            before = await ReceiptAsync(ledger, Alice) + await ReceiptAsync(ledger, Bob);
        }

        // The same events in the in-memory ledger give the same receipts: nothing is lost or altered by storage.
        var memoryClock = new NodaTime.Testing.FakeClock(T0);
        var memory = new InMemoryConsentLedger(memoryClock);
        await memory.AppendAsync(events.Take(2).ToList());
        memoryClock.Advance(Duration.FromMinutes(1));
        await memory.AppendAsync(events.Skip(2).ToList());
        var expected = await ReceiptAsync(memory, Alice) + await ReceiptAsync(memory, Bob);

        await using var reopened = await kit.OpenAsync();
        Assert.Equal(4, reopened.LastSequenceNumber);
        Assert.Equal(expected, before);
        Assert.Equal(expected, await ReceiptAsync(reopened, Alice) + await ReceiptAsync(reopened, Bob));
        var grant = (ConsentGranted)reopened.GetState(Alice)!.Entries[0].Event;
        Assert.Equal(T0 + Duration.FromDays(365) + Duration.FromNanoseconds(123), grant.ExpiresAt);
        Assert.Equal(new[] { 1L, 2L, 3L, 4L }, (await ReadAllAsync(reopened)).Select(e => e.SequenceNumber));
        Assert.Equal(T0 + Duration.FromMinutes(1), (await ReadAllAsync(reopened))[3].RecordedAt);
    }

    [Fact]
    public async Task The_gate_decides_the_same_after_reopening()
    {
        await using (var ledger = await kit.OpenAsync())
        {
            var gate = new ConsentGate(ledger, kit.Clock);
            await gate.RecordAsync(Grant());
            Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));
            kit.Clock.Advance(Duration.FromHours(1));
            await gate.WithdrawAsync(Alice);
            Assert.False(gate.HasConsent(Alice, Purpose.AccessControl));
            Assert.Equal(new[] { Alice }, (await gate.Ledger.GetPendingDeletionsAsync()).Select(p => p.Subject));
        }

        await using var reopened = await kit.OpenAsync();
        var reopenedGate = new ConsentGate(reopened, kit.Clock);
        Assert.False(reopenedGate.HasConsent(Alice, Purpose.AccessControl));
        Assert.True(reopenedGate.EvaluateAt(Alice, Purpose.AccessControl, T0 + Duration.FromMinutes(30)).IsGranted);
        Assert.Equal(new[] { new PendingDeletion(Alice, T0 + Duration.FromHours(1)) }, await reopened.GetPendingDeletionsAsync());
        await reopenedGate.RecordDeletionAsync(Alice);
        Assert.Empty(await reopened.GetPendingDeletionsAsync());
    }

    [Fact]
    public async Task Reopening_folds_interleaved_and_backdated_histories_into_the_states_the_appends_built()
    {
        // Three subjects interleaved, events at a few instants in random order (many backdated), one retried key:
        // opening gathers each subject's records and folds them at once, and must reach what one-by-one appends did.
        var subjects = new[] { Alice, Bob, new SubjectId("carol") };
        var purposes = new[] { Purpose.AccessControl, Purpose.Payment };
        var random = new Random(7);
        var checks = new List<(SubjectId Subject, Purpose Purpose, Instant At)>();
        var before = new List<bool>();
        var receipts = new List<string>();
        IReadOnlyList<PendingDeletion> pendingBefore;
        ConsentLedgerEntry keyed;
        await using (var ledger = await kit.OpenAsync())
        {
            for (var i = 0; i < 90; i++)
            {
                var subject = subjects[i % 3];
                var at = T0 + Duration.FromHours(random.Next(0, 8));
                ConsentEvent e = random.Next(9) switch
                {
                    < 4 => Grant(subject: subject, at: at, purposes: random.Next(2) == 0 ? purposes : new[] { Purpose.Payment }),
                    < 8 => new ConsentWithdrawn(subject, at, random.Next(2) == 0 ? null : new[] { Purpose.AccessControl }),
                    _ => new BiometricDataDeleted(subject, at),
                };
                await ledger.AppendAsync(e);
            }

            keyed = await ledger.AppendAsync(Grant(subject: Bob, at: T0 + Duration.FromHours(9), key: "request-1"));
            var gate = new ConsentGate(ledger, kit.Clock);
            foreach (var subject in subjects)
            {
                receipts.Add(await ReceiptAsync(ledger, subject));
                foreach (var purpose in purposes)
                {
                    for (var hour = 0; hour <= 10; hour++)
                    {
                        checks.Add((subject, purpose, T0 + Duration.FromHours(hour)));
                        before.Add(gate.EvaluateAt(subject, purpose, T0 + Duration.FromHours(hour)).IsGranted);
                    }
                }
            }

            pendingBefore = await ledger.GetPendingDeletionsAsync();
        }

        await using var reopened = await kit.OpenAsync();
        var reopenedGate = new ConsentGate(reopened, kit.Clock);
        Assert.Equal(receipts, await Task.WhenAll(subjects.Select(s => ReceiptAsync(reopened, s))));
        Assert.Equal(before, checks.Select(c => reopenedGate.EvaluateAt(c.Subject, c.Purpose, c.At).IsGranted));
        Assert.Contains(true, before);
        Assert.Contains(false, before);
        Assert.Equal(pendingBefore, await reopened.GetPendingDeletionsAsync());
        // The idempotency key was loaded too: a retry is answered with the original entry.
        Assert.Equal(keyed.SequenceNumber, (await reopened.AppendAsync(Grant(subject: Bob, at: T0 + Duration.FromHours(9), key: "request-1"))).SequenceNumber);
        Assert.Equal(91, reopened.LastSequenceNumber);
    }

    [Fact]
    public async Task Records_cannot_be_updated_or_deleted_in_the_file()
    {
        await using (var ledger = await kit.OpenAsync())
        {
            await ledger.AppendAsync(Grant());
        }

        var update = Assert.Throws<SqliteException>(() => kit.ExecuteRaw("UPDATE consent_events SET subject = 'mallory';"));
        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        var delete = Assert.Throws<SqliteException>(() => kit.ExecuteRaw("DELETE FROM consent_events;"));
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Equal(1L, kit.ScalarRaw("SELECT count(*) FROM consent_events;"));
    }

    [Fact]
    public async Task Reads_answer_per_subject_and_in_sequence_order()
    {
        await using var ledger = await kit.OpenAsync();
        await ledger.AppendAsync(Grant());
        await ledger.AppendAsync(Grant(subject: Bob));
        await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        Assert.Equal(new long[] { 1, 3 }, (await ledger.ReadSubjectAsync(Alice)).Select(e => e.SequenceNumber));
        Assert.Empty(await ledger.ReadSubjectAsync(new SubjectId("nobody")));
        Assert.Null(ledger.GetState(new SubjectId("nobody")));
        Assert.Null(await ledger.GetStateAsync(new SubjectId("nobody")));
        Assert.Equal(3, (await ledger.GetStateAsync(Alice))!.LastSequenceNumber);
        Assert.Equal(new long[] { 1, 2, 3 }, (await ReadAllAsync(ledger)).Select(e => e.SequenceNumber));
    }

    [Fact]
    public async Task Bad_arguments_are_rejected_naming_the_argument()
    {
        await using var ledger = await kit.OpenAsync();
        Assert.Equal("events", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await ledger.AppendAsync((IReadOnlyList<ConsentEvent>)null!))).ParamName);
        Assert.Equal("events", (await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.AppendAsync(Array.Empty<ConsentEvent>()))).ParamName);
        Assert.Equal("events", (await Assert.ThrowsAsync<ArgumentNullException>(async () => await ledger.AppendAsync(new ConsentEvent[] { Grant(), null! }))).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => ledger.GetState(default)).ParamName);
        Assert.Equal("subject", (await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.ReadSubjectAsync(default))).ParamName);

        var zone = await Assert.ThrowsAsync<ArgumentException>(async () => await ledger.AppendAsync(Grant(timeZone: new UnknownZone())));
        Assert.Equal("events", zone.ParamName);
        Assert.Contains("Mars/Olympus_Mons", zone.Message, StringComparison.Ordinal);
        Assert.Equal(0, ledger.LastSequenceNumber);

        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => SqliteConsentLedger.OpenAsync((string)null!, kit.Clock))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentException>(() => SqliteConsentLedger.OpenAsync(" ", kit.Clock))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentException>(() => SqliteConsentLedger.OpenAsync(":memory:", kit.Clock))).ParamName);
        Assert.Equal("clock", (await Assert.ThrowsAsync<ArgumentNullException>(() => SqliteConsentLedger.OpenAsync(kit.DatabasePath, null!))).ParamName);
        Assert.Equal("connectionString", (await Assert.ThrowsAsync<ArgumentException>(() => SqliteConsentLedger.OpenAsync(new SqliteConnectionStringBuilder { DataSource = kit.DatabasePath, Mode = SqliteOpenMode.ReadOnly }, kit.Clock))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedgerOptions { MaxBatchSize = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedgerOptions { BusyTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedgerOptions { RefreshInterval = TimeSpan.FromMilliseconds(-5) });
    }

    [Fact]
    public async Task Opens_through_a_connection_string()
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = kit.DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate };
        await using (var ledger = await SqliteConsentLedger.OpenAsync(builder, kit.Clock))
        {
            await ledger.AppendAsync(Grant());
        }

        await using var reopened = await SqliteConsentLedger.OpenAsync(new SqliteConnectionStringBuilder($"Data Source={kit.DatabasePath};Mode=ReadWrite"), kit.Clock);
        Assert.Equal(1, reopened.LastSequenceNumber);
    }

    [Fact]
    public async Task A_missing_directory_is_an_open_error_not_a_crash()
    {
        var path = Path.Combine(kit.Directory, "no-such-dir", "consent.db");
        await Assert.ThrowsAsync<SqliteException>(() => kit.OpenAsync(path: path));
    }

    [Fact]
    public async Task After_disposal_appends_and_reads_fail_and_queued_appends_were_completed()
    {
        var ledger = await kit.OpenAsync();
        var queued = ledger.AppendAsync(Grant());
        await ledger.DisposeAsync();
        Assert.Equal(1, (await queued).SequenceNumber);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await ledger.AppendAsync(Grant()));
        Assert.Throws<ObjectDisposedException>(() => ledger.GetState(Alice));
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await ledger.RefreshAsync());
        ledger.Dispose();

        await using var reopened = await kit.OpenAsync();
        Assert.Equal(1, reopened.LastSequenceNumber);
    }

    [Fact]
    public async Task A_cancelled_token_appends_nothing()
    {
        await using var ledger = await kit.OpenAsync();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ledger.AppendAsync(Grant(), cts.Token));
        Assert.Equal(1, (await ledger.AppendAsync(Grant())).SequenceNumber);
    }

    [Fact]
    public async Task Recorded_instants_are_stored_to_the_tick_and_acknowledged_as_stored()
    {
        kit.Clock.Reset(T0 + Duration.FromNanoseconds(150));
        await using var ledger = await kit.OpenAsync();
        var entry = await ledger.AppendAsync(Grant());
        Assert.Equal(T0 + Duration.FromNanoseconds(100), entry.RecordedAt);
        Assert.Equal(entry.RecordedAt, (await ReadAllAsync(ledger))[0].RecordedAt);
    }

    internal static async Task<string> ReceiptAsync(IConsentLedger ledger, SubjectId subject)
    {
        using var stream = new MemoryStream();
        await ConsentReceipt.WriteAsync(ledger, subject, T0, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private sealed class UnknownZone : DateTimeZone
    {
        public UnknownZone()
            : base("Mars/Olympus_Mons", true, Offset.Zero, Offset.Zero)
        {
        }

        public override NodaTime.TimeZones.ZoneInterval GetZoneInterval(Instant instant) =>
            new NodaTime.TimeZones.ZoneInterval("MOT", null, null, Offset.Zero, Offset.Zero);
    }
}
