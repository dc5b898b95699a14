using System;
using System.Linq;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

public class ConsentModelTests
{
    [Fact]
    public void Subject_ids_are_trimmed_non_blank_and_ordinal()
    {
        Assert.Equal("alice", new SubjectId("  alice \t").Value);
        Assert.Equal(new SubjectId("alice"), SubjectId.From(" alice"));
        Assert.NotEqual(new SubjectId("alice"), new SubjectId("Alice"));
        Assert.True(new SubjectId("a") != new SubjectId("b"));
        Assert.Throws<ArgumentNullException>("value", () => new SubjectId(null!));
        Assert.Throws<ArgumentException>("value", () => new SubjectId("   "));
        Assert.True(default(SubjectId).IsDefault);
        Assert.Equal(string.Empty, default(SubjectId).ToString());
        Assert.Throws<InvalidOperationException>(() => default(SubjectId).Value);
    }

    [Theory]
    [InlineData("2", 2, 0, 0, "2")]
    [InlineData(" 2.0 ", 2, 0, 0, "2")]
    [InlineData("2.1", 2, 1, 0, "2.1")]
    [InlineData("2.0.3", 2, 0, 3, "2.0.3")]
    [InlineData("2024.6.1", 2024, 6, 1, "2024.6.1")]
    public void Notice_versions_parse_and_print_canonically(string text, int major, int minor, int patch, string canonical)
    {
        var v = NoticeVersion.Parse(text);
        Assert.Equal(new NoticeVersion(major, minor, patch), v);
        Assert.Equal(canonical, v.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("v2")]
    [InlineData("2..1")]
    [InlineData("2.1.3.4")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1. 2")]
    [InlineData("9999999999")]
    public void Malformed_notice_versions_are_rejected(string text)
    {
        Assert.False(NoticeVersion.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => NoticeVersion.Parse(text));
        Assert.Contains("major[.minor[.patch]]", ex.Message);
    }

    [Fact]
    public void Notice_versions_compare_component_by_component()
    {
        var versions = new[] { "2.10", "2.9", "10", "2", "2.9.1" }.Select(NoticeVersion.Parse).OrderBy(v => v).Select(v => v.ToString());
        Assert.Equal(new[] { "2", "2.9", "2.9.1", "2.10", "10" }, versions);
        Assert.True(NoticeVersion.Parse("2") < NoticeVersion.Parse("2.0.1"));
        Assert.True(NoticeVersion.Parse("3") >= NoticeVersion.Parse("3.0"));
        Assert.Throws<ArgumentOutOfRangeException>("minor", () => new NoticeVersion(1, -1));
        Assert.Throws<ArgumentNullException>("text", () => NoticeVersion.Parse(null!));
    }

    [Fact]
    public void Guardians_need_an_identity()
    {
        var guardian = ConsentGiver.Guardian(" parent-1 ", " father ");
        Assert.Equal(ConsentGiverKind.Guardian, guardian.Kind);
        Assert.Equal("parent-1", guardian.GuardianIdentity);
        Assert.Equal("guardian parent-1 (father)", guardian.ToString());
        Assert.Equal(ConsentGiver.Guardian("parent-1", "father"), guardian);
        Assert.Equal("subject", ConsentGiver.Subject.ToString());
        Assert.Throws<ArgumentNullException>("guardianIdentity", () => ConsentGiver.Guardian(null!));
        Assert.Throws<ArgumentException>("guardianIdentity", () => ConsentGiver.Guardian(" "));
        Assert.Throws<ArgumentException>("relationship", () => ConsentGiver.Guardian("p", ""));
    }

    [Fact]
    public void Events_with_the_same_purposes_share_one_read_only_list()
    {
        // A loaded ledger holds a million events: one list per purpose set, not one per event.
        var first = Grant(purposes: new[] { Purpose.Payment, Purpose.AccessControl });
        var second = Grant(purposes: new[] { Purpose.AccessControl, Purpose.Payment, Purpose.Payment });
        var withdrawal = new ConsentWithdrawn(Alice, T0, new[] { Purpose.Payment, Purpose.AccessControl });
        var other = Grant(purposes: new[] { Purpose.Payment });

        Assert.Same(first.Purposes, second.Purposes);
        Assert.Same(first.Purposes, withdrawal.Purposes);
        Assert.NotSame(first.Purposes, other.Purposes);
        Assert.Equal(new[] { Purpose.Payment }, other.Purposes);
        var list = Assert.IsAssignableFrom<System.Collections.Generic.IList<Purpose>>(first.Purposes);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = Purpose.Marketing);
        Assert.Equal(new[] { Purpose.AccessControl, Purpose.Payment }, second.Purposes);
    }

    [Fact]
    public void Every_declared_purpose_can_be_granted_and_checked()
    {
        // DrivingSafety was declared after Other; a mask that stopped at Other made it impossible to record.
        foreach (Purpose purpose in Enum.GetValues(typeof(Purpose)))
        {
            var g = Grant(purposes: new[] { purpose });
            Assert.Equal(new[] { purpose }, g.Purposes);
            Assert.True(g.Covers(purpose));
        }
    }

    [Fact]
    public void Grants_normalise_purposes_and_reject_bad_arguments()
    {
        var g = Grant(purposes: new[] { Purpose.Payment, Purpose.AccessControl, Purpose.Payment });
        Assert.Equal(new[] { Purpose.AccessControl, Purpose.Payment }, g.Purposes);
        Assert.True(g.Covers(Purpose.Payment));
        Assert.False(g.Covers(Purpose.Login));
        Assert.False(g.Covers((Purpose)40));
        Assert.True(g.Covers(Modality.Face, RecognitionFunction.Verification));
        Assert.False(g.Covers(Modality.Face, RecognitionFunction.Identification));
        Assert.Equal(ConsentEventKind.Granted, g.Kind);
        Assert.Equal(T0, g.OccurredAt);

        Assert.Throws<ArgumentException>("subject", () => Grant(subject: default(SubjectId)));
        Assert.Throws<ArgumentNullException>("purposes", () => new ConsentGranted(Alice, null!, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(1), T0, ConsentForm.Written, true, ConsentGiver.Subject));
        Assert.Throws<ArgumentException>("purposes", () => Grant(purposes: Array.Empty<Purpose>()));
        Assert.Throws<ArgumentException>("purposes", () => Grant(purposes: new[] { (Purpose)0 }));
        Assert.Throws<ArgumentException>("modalities", () => Grant(modalities: Modality.None));
        Assert.Throws<ArgumentException>("modalities", () => Grant(modalities: (Modality)33));
        Assert.Throws<ArgumentException>("functions", () => Grant(functions: RecognitionFunction.None));
        Assert.Throws<ArgumentOutOfRangeException>("form", () => Grant(form: (ConsentForm)0));
        Assert.Throws<ArgumentOutOfRangeException>("expiresAt", () => Grant(expiresAt: T0));
        Assert.Throws<ArgumentOutOfRangeException>("subjectBirthDate", () => Grant(birthDate: new LocalDate(2026, 3, 5)));
        Assert.Throws<ArgumentException>("evidenceReference", () => Grant(evidence: " "));
        Assert.Throws<ArgumentNullException>("giver", () => new ConsentGranted(Alice, new[] { Purpose.Login }, Modality.Face, RecognitionFunction.Verification, new NoticeVersion(1), T0, ConsentForm.Written, true, null!));
    }

    [Fact]
    public void Withdrawals_and_deletions_validate_their_arguments()
    {
        var all = new ConsentWithdrawn(Alice, T0);
        Assert.True(all.IsForAllPurposes);
        Assert.Empty(all.Purposes);
        var one = new ConsentWithdrawn(Alice, T0, new[] { Purpose.Marketing }, " by phone ");
        Assert.False(one.IsForAllPurposes);
        Assert.Equal(new[] { Purpose.Marketing }, one.Purposes);
        Assert.Equal("by phone", one.Note);
        Assert.Throws<ArgumentException>("purposes", () => new ConsentWithdrawn(Alice, T0, Array.Empty<Purpose>()));
        Assert.Throws<ArgumentException>("purposes", () => new ConsentWithdrawn(Alice, T0, new[] { (Purpose)77 }));
        Assert.Throws<ArgumentException>("subject", () => new ConsentWithdrawn(default, T0));
        Assert.Throws<ArgumentException>("note", () => new BiometricDataDeleted(Alice, T0, ""));
        Assert.Throws<ArgumentException>("subject", () => new BiometricDataDeleted(default, T0));
        Assert.Throws<ArgumentOutOfRangeException>("sequenceNumber", () => new ConsentLedgerEntry(0, T0, all));
        Assert.Throws<ArgumentNullException>("event", () => new ConsentLedgerEntry(1, T0, null!));
    }

    [Fact]
    public void Policies_are_validated()
    {
        var p = ConsentPolicy.Default;
        Assert.Equal("Asia/Shanghai", p.TimeZone.Id);
        Assert.Equal(14, p.MinimumAgeWithoutGuardian);
        Assert.Null(p.RequiredNoticeVersion);
        Assert.False(p.RequireWrittenConsent);
        Assert.Equal("notice >= any, written not required, minimum age 14, zone Asia/Shanghai", p.ToString());
        Assert.Equal("notice >= 3, written required, minimum age 16, zone UTC",
            p.WithRequiredNoticeVersion(new NoticeVersion(3)).WithWrittenConsentRequired(true).WithMinimumAgeWithoutGuardian(16).WithTimeZone(DateTimeZone.Utc).ToString());
        Assert.Throws<ArgumentOutOfRangeException>("age", () => p.WithMinimumAgeWithoutGuardian(-1));
        Assert.Throws<ArgumentOutOfRangeException>("age", () => p.WithMinimumAgeWithoutGuardian(22));
        Assert.Throws<ArgumentNullException>("timeZone", () => p.WithTimeZone(null!));
    }

    [Fact]
    public void States_reject_entries_out_of_order_or_about_someone_else()
    {
        var state = SubjectConsentState.Empty(Alice).Apply(new ConsentLedgerEntry(5, T0, Grant()));
        Assert.Throws<ArgumentException>("entry", () => state.Apply(new ConsentLedgerEntry(5, T0, Grant())));
        Assert.Throws<ArgumentException>("entry", () => state.Apply(new ConsentLedgerEntry(6, T0, Grant(subject: Bob))));
        Assert.Throws<ArgumentNullException>("entry", () => state.Apply(null!));
        Assert.Throws<ArgumentNullException>("entries", () => SubjectConsentState.FromEntries(Alice, null!));
        Assert.Throws<ArgumentException>("entries", () => SubjectConsentState.FromEntries(Alice, new[] { new ConsentLedgerEntry(1, T0, Grant(subject: Bob)) }));
        Assert.Throws<ArgumentException>("subject", () => SubjectConsentState.Empty(default));
        Assert.Equal(5, state.LastSequenceNumber);
        Assert.Single(state.Entries);
    }
}
