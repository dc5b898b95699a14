using System;
using System.Linq;
using BiometricConsent.Consent;

namespace BiometricConsent.Tests.Consent;

/// <summary>The anchor type the durable ledgers share: construction, text form, and the check of a verified chain.</summary>
public sealed class LedgerAnchorTests
{
    private static readonly byte[] Checksum = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void An_anchor_round_trips_through_its_text_form_and_copies_its_checksum()
    {
        var bytes = (byte[])Checksum.Clone();
        var anchor = new LedgerAnchor(7, bytes);
        bytes[0] = 0xff;

        Assert.Equal("7:0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20", anchor.ToString());
        Assert.Equal(anchor, LedgerAnchor.Parse(anchor.ToString()));
        Assert.NotEqual(anchor, new LedgerAnchor(7, bytes));
    }

    [Fact]
    public void A_bad_checksum_or_sequence_number_is_refused()
    {
        Assert.Equal("checksum", Assert.Throws<ArgumentNullException>(() => new LedgerAnchor(1, null!)).ParamName);
        Assert.Equal("checksum", Assert.Throws<ArgumentException>(() => new LedgerAnchor(1, new byte[31])).ParamName);
        Assert.Equal("sequenceNumber", Assert.Throws<ArgumentOutOfRangeException>(() => new LedgerAnchor(-1, Checksum)).ParamName);
    }

    [Fact]
    public void A_chain_that_reaches_the_anchor_with_its_checksum_passes()
    {
        var anchor = new LedgerAnchor(3, Checksum);

        anchor.CheckChain("ledger", 5, (byte[])Checksum.Clone(), "lost");
        LedgerAnchor.Empty.CheckChain("ledger", 0, new byte[32], "lost");
    }

    [Fact]
    public void A_chain_that_ends_before_the_anchor_names_the_missing_records()
    {
        var e = Assert.Throws<ConsentLedgerCorruptException>(() => new LedgerAnchor(5, Checksum).CheckChain("db/consent", 3, null, "the newest records were deleted"));

        Assert.Equal("db/consent", e.Ledger);
        Assert.Equal(4, e.SequenceNumber);
        Assert.Equal("The consent ledger 'db/consent' is corrupt at record #4: it ends at record #3, but the anchor names record #5: records #4 to #5 are missing (the newest records were deleted)", e.Message);
    }

    [Fact]
    public void A_chain_with_another_checksum_at_the_anchor_is_reported_as_rewritten()
    {
        var other = (byte[])Checksum.Clone();
        other[31] ^= 1;

        var e = Assert.Throws<ConsentLedgerCorruptException>(() => new LedgerAnchor(5, Checksum).CheckChain("db/consent", 9, other, "lost"));

        Assert.Equal(5, e.SequenceNumber);
        Assert.Contains("record #5 does not carry the anchor's checksum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ledger_wide_problem_has_no_sequence_number()
    {
        var e = new ConsentLedgerCorruptException("/var/lib/consent.db", "the file is not a SQLite database");

        Assert.Null(e.SequenceNumber);
        Assert.Equal("'/var/lib/consent.db' cannot be used as a consent ledger: the file is not a SQLite database", e.Message);
    }
}
