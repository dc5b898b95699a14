using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>An event's idempotency key makes a retried append return the entry recorded the first time.</summary>
public class IdempotentAppendTests
{
    [Fact]
    public async Task A_retried_append_returns_the_entry_recorded_first_and_records_nothing()
    {
        var kit = new ConsentTestKit();
        var first = kit.Append(Grant(key: "request-1"));
        kit.Clock.Advance(Duration.FromMinutes(1));

        // The retry is built again, so it is another object, possibly with another instant.
        var retried = kit.Append(Grant(at: T0 + Duration.FromMinutes(1), key: "request-1"));

        Assert.Same(first, retried);
        Assert.Equal(1, kit.Ledger.Count);
        Assert.Single(await kit.Ledger.ReadSubjectAsync(Alice));
    }

    [Fact]
    public async Task In_a_mixed_append_only_the_events_not_yet_recorded_are_appended()
    {
        var kit = new ConsentTestKit();
        var granted = kit.Append(Grant(key: "grant-1"));

        var entries = await kit.Ledger.AppendAsync(new ConsentEvent[]
        {
            Grant(key: "grant-1"),
            new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "withdraw-1" },
            new BiometricDataDeleted(Alice, T0),
        });

        Assert.Same(granted, entries[0]);
        Assert.Equal(new long[] { 1, 2, 3 }, new[] { entries[0].SequenceNumber, entries[1].SequenceNumber, entries[2].SequenceNumber });
        Assert.Equal(3, kit.Ledger.Count);
    }

    [Fact]
    public async Task Events_without_a_key_are_recorded_every_time()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant());
        kit.Append(Grant());
        Assert.Equal(2, (await kit.Ledger.ReadSubjectAsync(Alice)).Count);
    }

    [Fact]
    public void A_key_reused_for_another_subject_or_kind_is_refused_and_nothing_is_appended()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(key: "k"));

        var other = Assert.Throws<ArgumentException>("events", () => kit.Append(Grant(subject: Bob, key: "k")));
        Assert.Contains("idempotency key 'k' of entry #1", other.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("events", () => { kit.Ledger.AppendAsync(new ConsentEvent[] { Grant(subject: Bob), new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "k" } }); });
        Assert.Equal(1, kit.Ledger.Count);
    }

    [Fact]
    public void A_key_twice_in_one_append_is_refused()
    {
        var kit = new ConsentTestKit();
        var e = Assert.Throws<ArgumentException>("events", () => { kit.Ledger.AppendAsync(new ConsentEvent[] { Grant(key: "k"), Grant(key: "k") }); });
        Assert.Contains("Event [1] repeats the idempotency key 'k'", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, kit.Ledger.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_key_is_refused(string key) =>
        Assert.Throws<ArgumentException>("IdempotencyKey", () => new ConsentWithdrawn(Alice, T0) { IdempotencyKey = key });

    [Fact]
    public void A_key_longer_than_the_limit_is_refused()
    {
        Assert.Equal("k", new ConsentWithdrawn(Alice, T0) { IdempotencyKey = "k" }.IdempotencyKey);
        _ = new ConsentWithdrawn(Alice, T0) { IdempotencyKey = new string('k', ConsentEvent.MaxIdempotencyKeyLength) };
        Assert.Throws<ArgumentException>("IdempotencyKey", () => new ConsentWithdrawn(Alice, T0) { IdempotencyKey = new string('k', ConsentEvent.MaxIdempotencyKeyLength + 1) });
    }
}
