using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>PIPL Art. 31: a subject under 14 cannot consent personally; the 14th birthday starts at local midnight.</summary>
public class MinorConsentTests
{
    private static readonly LocalDate Birth = new LocalDate(2012, 5, 1);
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    // Midnight of the 14th birthday in Shanghai is 16:00 UTC the day before.
    private static readonly Instant ShanghaiBirthday = Instant.FromUtc(2026, 4, 30, 16, 0);
    private static readonly Instant UtcBirthday = Instant.FromUtc(2026, 5, 1, 0, 0);

    [Fact]
    public void Own_consent_given_before_the_14th_birthday_in_Shanghai_needs_a_guardian()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: ShanghaiBirthday - Duration.Epsilon, birthDate: Birth));

        var decision = kit.At(ShanghaiBirthday + Duration.FromDays(1));
        Assert.Equal(ConsentDenialReason.GuardianConsentRequired, decision.Reason);
        Assert.Contains("before turning 14 (born 2012-05-01)", decision.Message);
        Assert.Contains("Art. 31", decision.Message);
    }

    [Fact]
    public void Own_consent_given_from_local_midnight_of_the_14th_birthday_is_valid()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: ShanghaiBirthday, birthDate: Birth));

        Assert.True(kit.At(ShanghaiBirthday).IsGranted);
    }

    [Fact]
    public void The_birthday_starts_at_midnight_of_the_policy_zone()
    {
        // At 16:00 UTC on 30 April it is already 1 May in Shanghai, but not yet in UTC.
        var shanghai = new ConsentTestKit();
        shanghai.Append(Grant(at: ShanghaiBirthday, birthDate: Birth));
        Assert.True(shanghai.At(ShanghaiBirthday).IsGranted);

        var utc = new ConsentTestKit(ConsentPolicy.Default.WithTimeZone(DateTimeZone.Utc));
        utc.Append(Grant(at: ShanghaiBirthday, birthDate: Birth));
        Assert.Equal(ConsentDenialReason.GuardianConsentRequired, utc.At(ShanghaiBirthday).Reason);

        var utcAtMidnight = new ConsentTestKit(ConsentPolicy.Default.WithTimeZone(DateTimeZone.Utc));
        utcAtMidnight.Append(Grant(at: UtcBirthday, birthDate: Birth));
        Assert.True(utcAtMidnight.At(UtcBirthday).IsGranted);
        utcAtMidnight.Append(Grant(subject: Bob, at: UtcBirthday - Duration.Epsilon, birthDate: Birth));
        Assert.Equal(ConsentDenialReason.GuardianConsentRequired, utcAtMidnight.At(UtcBirthday, subject: Bob).Reason);
    }

    [Fact]
    public void The_consent_own_time_zone_overrides_the_policy_zone()
    {
        var kit = new ConsentTestKit(ConsentPolicy.Default.WithTimeZone(DateTimeZone.Utc));
        kit.Append(Grant(at: ShanghaiBirthday, birthDate: Birth, timeZone: Shanghai));
        Assert.True(kit.At(ShanghaiBirthday).IsGranted);
    }

    [Fact]
    public void A_guardian_may_consent_for_a_child()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0, birthDate: new LocalDate(2018, 1, 1), giver: ConsentGiver.Guardian("parent-42", "mother")));

        Assert.True(kit.At(T0).IsGranted);
    }

    [Fact]
    public void The_age_rule_follows_the_policy_minimum_and_can_be_disabled()
    {
        var sixteen = new ConsentTestKit(ConsentPolicy.Default.WithMinimumAgeWithoutGuardian(16));
        sixteen.Append(Grant(at: ShanghaiBirthday, birthDate: Birth));
        var decision = sixteen.At(ShanghaiBirthday);
        Assert.Equal(ConsentDenialReason.GuardianConsentRequired, decision.Reason);
        Assert.Contains("before turning 16", decision.Message);

        var none = new ConsentTestKit(ConsentPolicy.Default.WithMinimumAgeWithoutGuardian(0));
        none.Append(Grant(at: ShanghaiBirthday - Duration.FromDays(400), birthDate: Birth));
        Assert.True(none.At(ShanghaiBirthday).IsGranted);
    }

    [Fact]
    public void Without_a_birth_date_the_age_rule_cannot_apply()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(birthDate: null));
        Assert.True(kit.At(T0).IsGranted);
    }

    [Fact]
    public void A_leap_day_birthday_is_reached_on_28_February()
    {
        var kit = new ConsentTestKit();
        var leapBirth = new LocalDate(2012, 2, 29);
        var feb28 = new LocalDate(2026, 2, 28).AtStartOfDayInZone(Shanghai).ToInstant();
        kit.Append(Grant(subject: Alice, at: feb28, birthDate: leapBirth));
        kit.Append(Grant(subject: Bob, at: feb28 - Duration.Epsilon, birthDate: leapBirth));

        Assert.True(kit.At(feb28).IsGranted);
        Assert.Equal(ConsentDenialReason.GuardianConsentRequired, kit.At(feb28, subject: Bob).Reason);
    }
}
