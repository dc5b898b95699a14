using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace BiometricConsent.Ledger.Conformance;

/// <summary>
/// The behaviour every <see cref="IConsentLedger"/> shares, run against each ledger: the test projects of the
/// in-memory, SQLite and PostgreSQL ledgers compile this file in and subclass it with a factory for a new, empty
/// ledger. A ledger-specific test belongs in that ledger's project instead.
/// </summary>
public abstract class LedgerConformanceTests : IAsyncLifetime
{
    protected static readonly SubjectId Alice = new SubjectId("alice");
    protected static readonly SubjectId Bob = new SubjectId("bob");
    protected static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 8, 0);

    private readonly List<IConsentLedger> ledgers = new List<IConsentLedger>();

    protected FakeClock Clock { get; } = new FakeClock(T0);

    /// <summary>How many appends each of the 16 concurrent writers makes; a ledger that writes to disk can ask for fewer.</summary>
    protected virtual int ConcurrentAppendsPerWriter => 60;

    /// <summary>
    /// Whether the ledger erases a subject's personal fields (guardian identity and relationship, birth date, withdrawal
    /// notes) when <see cref="BiometricDataDeleted"/> is recorded, as a durable ledger with personal-data protection
    /// does (crypto-shredding): the subject's earlier events then read back with those fields redacted.
    /// </summary>
    protected virtual bool ErasesPersonalDataOnDeletion => false;

    /// <summary>Creates a new, empty ledger recording with <paramref name="clock"/>; the suite disposes it if it is disposable.</summary>
    protected abstract Task<IConsentLedger> CreateLedgerAsync(IClock clock);

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var ledger in ledgers)
        {
            if (ledger is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    [LedgerFact]
    public async Task Appends_assign_increasing_sequence_numbers_and_the_recording_instant()
    {
        var ledger = await NewLedgerAsync();
        var first = await ledger.AppendAsync(new ConsentEvent[] { Grant(), Grant(subject: Bob) });
        Clock.Advance(Duration.FromMinutes(5));
        var third = await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        Assert.Equal(new long[] { 1, 2 }, first.Select(e => e.SequenceNumber));
        Assert.All(first, e => Assert.Equal(T0, e.RecordedAt));
        Assert.Equal(3, third.SequenceNumber);
        Assert.Equal(T0 + Duration.FromMinutes(5), third.RecordedAt);
        Assert.Equal("#3 Withdrawn alice", third.ToString());
        Assert.Equal(3, (await ReadAllAsync(ledger)).Count);
    }

    [LedgerFact]
    public async Task Reads_a_subject_in_order_and_everything_for_export()
    {
        var ledger = await NewLedgerAsync();
        await ledger.AppendAsync(Grant());
        await ledger.AppendAsync(Grant(subject: Bob));
        await ledger.AppendAsync(new ConsentWithdrawn(Alice, T0));

        var alice = await ledger.ReadSubjectAsync(Alice);
        Assert.Equal(new long[] { 1, 3 }, alice.Select(e => e.SequenceNumber));
        Assert.Empty(await ledger.ReadSubjectAsync(new SubjectId("nobody")));
        Assert.Null(ledger.GetState(new SubjectId("nobody")));
        Assert.Null(await ledger.GetStateAsync(new SubjectId("nobody")));
        Assert.Equal(3, (await ledger.GetStateAsync(Alice))!.LastSequenceNumber);
        Assert.Equal(3, ledger.GetState(Alice)!.LastSequenceNumber);
        Assert.Equal(new long[] { 1, 2, 3 }, (await ReadAllAsync(ledger)).Select(e => e.SequenceNumber));
    }

    [LedgerFact]
    public async Task Every_field_of_every_event_kind_reads_back_as_appended()
    {
        var ledger = await NewLedgerAsync();
        var grant = new ConsentGranted(
            Alice,
            new[] { Purpose.AccessControl, Purpose.Payment },
            Modality.Face,
            RecognitionFunction.Verification | RecognitionFunction.Identification,
            new NoticeVersion(3, 1),
            T0,
            ConsentForm.Written,
            true,
            ConsentGiver.Guardian("guardian-7", "mother"),
            new LocalDate(2015, 6, 1),
            T0 + Duration.FromDays(365),
            DateTimeZoneProviders.Tzdb["Asia/Shanghai"],
            "form-42")
        { IdempotencyKey = "grant-1" };
        ConsentEvent[] events =
        {
            grant,
            new ConsentWithdrawn(Alice, T0 + Duration.FromHours(1), new[] { Purpose.Payment }, "by phone"),
            new ConsentWithdrawn(Alice, T0 + Duration.FromHours(2)),
            new BiometricDataDeleted(Alice, T0 + Duration.FromHours(3), "template purged"),
        };

        await ledger.AppendAsync(events);

        // The events end with Alice's erasure: a protecting ledger has shredded her personal fields by now.
        var expected = events.Select(e => Describe(e, erased: ErasesPersonalDataOnDeletion)).ToList();
        var read = await ledger.ReadSubjectAsync(Alice);
        Assert.Equal(expected, read.Select(e => Describe(e.Event)));
        Assert.Equal(expected, (await ReadAllAsync(ledger)).Select(e => Describe(e.Event)));
    }

    [LedgerFact]
    public async Task Concurrent_appends_keep_every_event_with_unique_increasing_sequence_numbers()
    {
        var ledger = await NewLedgerAsync();
        const int Threads = 16;
        var perThread = ConcurrentAppendsPerWriter;
        var results = new IReadOnlyList<ConsentLedgerEntry>[Threads * perThread];

        await Task.WhenAll(Enumerable.Range(0, Threads).Select(t => Task.Run(async () =>
        {
            var subject = new SubjectId("subject-" + (t % 4));
            for (var i = 0; i < perThread; i++)
            {
                ConsentEvent e = i % 3 == 2
                    ? new ConsentWithdrawn(subject, T0 + Duration.FromSeconds(i))
                    : Grant(subject: subject, at: T0 + Duration.FromSeconds(i));
                // Half the appends are batches of two, to interleave batch and single appends.
                results[(t * perThread) + i] = i % 2 == 0
                    ? await ledger.AppendAsync(new[] { e, new BiometricDataDeleted(subject, T0) })
                    : new[] { await ledger.AppendAsync(e) };
            }
        })));

        var appended = results.SelectMany(r => r).ToList();
        var expected = Threads * perThread * 3 / 2;
        Assert.Equal(expected, appended.Count);
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), appended.Select(e => e.SequenceNumber).OrderBy(n => n));
        foreach (var batch in results.Where(r => r.Count == 2))
        {
            Assert.Equal(batch[0].SequenceNumber + 1, batch[1].SequenceNumber);
        }

        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), (await ReadAllAsync(ledger)).Select(e => e.SequenceNumber));

        // Every subject's state holds exactly its events, in increasing order.
        var total = 0;
        for (var s = 0; s < 4; s++)
        {
            var subject = new SubjectId("subject-" + s);
            var entries = ledger.GetState(subject)!.Entries;
            Assert.All(entries, e => Assert.Equal(subject, e.Subject));
            Assert.Equal(entries.Select(e => e.SequenceNumber).OrderBy(n => n), entries.Select(e => e.SequenceNumber));
            total += entries.Count;
        }

        Assert.Equal(expected, total);
    }

    [LedgerFact]
    public async Task A_failing_batch_appends_nothing()
    {
        var ledger = await NewLedgerAsync();
        await ledger.AppendAsync(Grant());

        await Assert.ThrowsAsync<ArgumentNullException>("events", async () => await ledger.AppendAsync(new ConsentEvent[] { Grant(), null! }));
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(Array.Empty<ConsentEvent>()));
        await Assert.ThrowsAsync<ArgumentNullException>("events", async () => await ledger.AppendAsync((IReadOnlyList<ConsentEvent>)null!));
        await Assert.ThrowsAsync<ArgumentNullException>("event", async () => await ledger.AppendAsync((ConsentEvent)null!));
        Assert.Throws<ArgumentException>("subject", () => ledger.GetState(default));
        await Assert.ThrowsAsync<ArgumentException>("subject", async () => await ledger.ReadSubjectAsync(default));
        await Assert.ThrowsAsync<ArgumentException>("subject", async () => await ledger.GetStateAsync(default));

        Assert.Single(await ReadAllAsync(ledger));
        Assert.Equal(2, (await ledger.AppendAsync(Grant())).SequenceNumber);
    }

    [LedgerFact]
    public async Task Snapshots_cannot_be_altered_through_the_lists_they_expose()
    {
        var ledger = await NewLedgerAsync();
        await ledger.AppendAsync(Grant());
        var entries = await ledger.ReadSubjectAsync(Alice);
        Assert.False(entries is ConsentLedgerEntry[]);
        Assert.Throws<NotSupportedException>(() => ((IList<ConsentLedgerEntry>)entries)[0] = null!);
    }

    [LedgerFact]
    public async Task The_gate_follows_grants_and_withdrawals_and_lists_pending_deletions()
    {
        var ledger = await NewLedgerAsync();
        var gate = new ConsentGate(ledger, Clock);
        await gate.RecordAsync(Grant());
        Assert.True(gate.HasConsent(Alice, Purpose.AccessControl));
        Assert.True(await gate.HasConsentAsync(Alice, Purpose.AccessControl));
        Assert.Empty(await ledger.GetPendingDeletionsAsync());

        await gate.WithdrawAsync(Alice);
        Assert.False(gate.HasConsent(Alice, Purpose.AccessControl));
        Assert.False(await gate.HasConsentAsync(Alice, Purpose.AccessControl));
        Assert.Equal(Alice, Assert.Single(await ledger.GetPendingDeletionsAsync()).Subject);

        await gate.RecordDeletionAsync(Alice);
        Assert.Empty(await ledger.GetPendingDeletionsAsync());
    }

    [LedgerFact]
    public async Task A_retried_append_returns_the_entry_recorded_first_and_records_nothing()
    {
        var ledger = await NewLedgerAsync();
        var first = await ledger.AppendAsync(Grant(key: "request-1"));
        Clock.Advance(Duration.FromMinutes(1));

        // The retry is built again, so it is another object, possibly with another instant.
        var retried = await ledger.AppendAsync(Grant(at: T0 + Duration.FromMinutes(1), key: "request-1"));

        Assert.Equal((first.SequenceNumber, first.RecordedAt), (retried.SequenceNumber, retried.RecordedAt));
        Assert.Single(await ReadAllAsync(ledger));
        Assert.Single(await ledger.ReadSubjectAsync(Alice));
    }

    [LedgerFact]
    public async Task In_a_mixed_append_only_the_events_not_yet_recorded_are_appended()
    {
        var ledger = await NewLedgerAsync();
        var granted = await ledger.AppendAsync(Grant(key: "grant-1"));

        var entries = await ledger.AppendAsync(new ConsentEvent[]
        {
            Grant(key: "grant-1"),
            new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "withdraw-1" },
            new BiometricDataDeleted(Alice, T0),
        });

        Assert.Equal(granted.SequenceNumber, entries[0].SequenceNumber);
        Assert.Equal(new long[] { 1, 2, 3 }, entries.Select(e => e.SequenceNumber));
        Assert.Equal(3, (await ReadAllAsync(ledger)).Count);
    }

    [LedgerFact]
    public async Task Events_without_a_key_are_recorded_every_time()
    {
        var ledger = await NewLedgerAsync();
        await ledger.AppendAsync(Grant());
        await ledger.AppendAsync(Grant());
        Assert.Equal(2, (await ledger.ReadSubjectAsync(Alice)).Count);
    }

    [LedgerFact]
    public async Task A_key_reused_for_another_subject_or_kind_is_refused_and_nothing_is_appended()
    {
        var ledger = await NewLedgerAsync();
        await ledger.AppendAsync(Grant(key: "k"));

        var other = await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(Grant(subject: Bob, key: "k")));
        Assert.Contains("idempotency key 'k' of entry #1", other.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(new ConsentEvent[] { Grant(subject: Bob), new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "k" } }));
        Assert.Single(await ReadAllAsync(ledger));
    }

    [LedgerFact]
    public async Task A_key_twice_in_one_append_is_refused()
    {
        var ledger = await NewLedgerAsync();
        var e = await Assert.ThrowsAsync<ArgumentException>("events", async () => await ledger.AppendAsync(new ConsentEvent[] { Grant(key: "k"), Grant(key: "k") }));
        Assert.Contains("Event [1] repeats the idempotency key 'k'", e.Message, StringComparison.Ordinal);
        Assert.Empty(await ReadAllAsync(ledger));
    }

    protected static ConsentGranted Grant(SubjectId? subject = null, Instant? at = null, string? key = null) =>
        new ConsentGranted(
            subject ?? Alice,
            new[] { Purpose.AccessControl },
            Modality.Face,
            RecognitionFunction.Verification,
            new NoticeVersion(1),
            at ?? T0,
            ConsentForm.ElectronicAction,
            true,
            ConsentGiver.Subject)
        { IdempotencyKey = key };

    protected static async Task<List<ConsentLedgerEntry>> ReadAllAsync(IConsentLedger ledger)
    {
        var all = new List<ConsentLedgerEntry>();
        await foreach (var entry in ledger.ReadAllAsync())
        {
            all.Add(entry);
        }

        return all;
    }

    private async Task<IConsentLedger> NewLedgerAsync()
    {
        var ledger = await CreateLedgerAsync(Clock);
        ledgers.Add(ledger);
        return ledger;
    }

    // Every field, so that a codec that drops or alters one fails the comparison.
    private static string Describe(ConsentEvent e) => Describe(e, erased: false);

    /// <param name="e">The event.</param>
    /// <param name="erased">Describe the event as it reads after its subject's personal fields were shredded.</param>
    private static string Describe(ConsentEvent e, bool erased) => e switch
    {
        ConsentGranted g => $"grant {g.Subject} {string.Join(",", g.Purposes)} {g.Modalities} {g.Functions} {g.NoticeVersion} {g.GrantedAt} {g.Form} {g.IsSeparate} {g.Giver.Kind} {(erased && g.Giver.GuardianIdentity is not null ? ConsentDataProtection.ErasedValue : g.Giver.GuardianIdentity)} {(erased ? null : g.Giver.Relationship)} {(erased ? null : g.SubjectBirthDate)} {g.ExpiresAt} {g.TimeZone?.Id} {g.EvidenceReference} {g.IdempotencyKey}",
        ConsentWithdrawn w => $"withdraw {w.Subject} {w.WithdrawnAt} {w.IsForAllPurposes} {string.Join(",", w.Purposes)} {(erased ? null : w.Note)} {w.IdempotencyKey}",
        BiometricDataDeleted d => $"delete {d.Subject} {d.DeletedAt} {d.Note} {d.IdempotencyKey}",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
    };
}
