using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using BiometricConsent.Consent;
using NodaTime;
using static BiometricConsent.Tests.Consent.ConsentTestKit;

namespace BiometricConsent.Tests.Consent;

/// <summary>The store-independent protection of personal data: pseudonyms, field encryption, key wrapping, and the gate after erasure.</summary>
public class DataProtectionTests
{
    private static readonly byte[] KeyA = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] KeyB = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] Plain = Encoding.UTF8.GetBytes("{\"guardianIdentity\":\"Zhang Wei\"}");
    private static readonly byte[] Context = Encoding.UTF8.GetBytes("fields:subject\nkey-1");

    [Fact]
    public void A_pseudonym_is_stable_keyed_and_reveals_nothing_of_the_identifier()
    {
        var first = new ConsentDataProtection(KeyA).SubjectKeyer.Pseudonymise("employee-4711");
        Assert.Equal(first, new ConsentDataProtection((byte[])KeyA.Clone()).SubjectKeyer.Pseudonymise("employee-4711"));
        Assert.NotEqual(first, new ConsentDataProtection(KeyB).SubjectKeyer.Pseudonymise("employee-4711"));
        Assert.NotEqual(first, new ConsentDataProtection(KeyA).SubjectKeyer.Pseudonymise("employee-4712"));
        Assert.StartsWith(SubjectKeyer.PseudonymPrefix, first.Value, StringComparison.Ordinal);
        Assert.Equal(47, first.Value.Length);
        Assert.DoesNotContain("4711", first.Value, StringComparison.Ordinal);
        Assert.True(SubjectKeyer.IsPseudonym(first));

        // The keyer's key is derived from the application key, not the key itself.
        Assert.NotEqual(first, new SubjectKeyer(KeyA).Pseudonymise("employee-4711"));
    }

    [Fact]
    public void Only_the_pseudonym_form_counts_as_a_pseudonym()
    {
        Assert.False(SubjectKeyer.IsPseudonym(new SubjectId("alice")));
        Assert.False(SubjectKeyer.IsPseudonym(new SubjectId("ps1:short")));
        Assert.False(SubjectKeyer.IsPseudonym(new SubjectId("ps1:" + new string('!', 43))));
        Assert.False(SubjectKeyer.IsPseudonym(default));
        Assert.True(SubjectKeyer.IsPseudonym(new SubjectId("ps1:" + new string('a', 42) + "_")));
    }

    [Fact]
    public void Short_keys_and_empty_identifiers_are_refused()
    {
        Assert.Equal("applicationKey", Assert.Throws<ArgumentException>(() => new ConsentDataProtection(new byte[31])).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => new SubjectKeyer(new byte[16])).ParamName);
        Assert.Throws<ArgumentNullException>(() => new ConsentDataProtection(null!));
        Assert.Equal("identifier", Assert.Throws<ArgumentException>(() => new SubjectKeyer(KeyA).Pseudonymise(string.Empty)).ParamName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Both_cipher_formats_round_trip_and_reject_tampering_another_key_and_another_context(bool cbcHmac)
    {
        var sealedBytes = PersonalDataCipher.Encrypt(KeyA, Plain, Context, cbcHmac);
        Assert.Equal(cbcHmac ? 2 : 1, sealedBytes[0]);
        Assert.Equal(Plain, PersonalDataCipher.Decrypt(KeyA, sealedBytes, Context));
        Assert.NotEqual(sealedBytes, PersonalDataCipher.Encrypt(KeyA, Plain, Context, cbcHmac));

        var tampered = (byte[])sealedBytes.Clone();
        tampered[tampered.Length / 2] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyA, tampered, Context));
        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyB, sealedBytes, Context));
        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyA, sealedBytes, Encoding.UTF8.GetBytes("fields:other\nkey-1")));
    }

    [Fact]
    public void Unknown_or_truncated_ciphertext_is_a_cryptographic_error()
    {
        Assert.Contains("known encryption format", Assert.Throws<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyA, new byte[] { 9, 1, 2 }, Context)).Message, StringComparison.Ordinal);
        Assert.Throws<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyA, new byte[] { 1, 0 }, Context));
        Assert.Throws<CryptographicException>(() => PersonalDataCipher.Decrypt(KeyA, Array.Empty<byte>(), Context));
        Assert.Equal("key", Assert.Throws<ArgumentException>(() => PersonalDataCipher.Encrypt(new byte[16], Plain, Context)).ParamName);
    }

    [Fact]
    public void A_wrapped_subject_key_unwraps_only_with_the_same_application_key_and_context()
    {
        var protection = new ConsentDataProtection(KeyA);
        var subjectKey = ConsentDataProtection.NewSubjectKey();
        Assert.Equal(ConsentDataProtection.SubjectKeyLength, subjectKey.Length);
        var wrapped = protection.WrapSubjectKey(subjectKey, "subject\nkey-1");
        Assert.Equal(subjectKey, new ConsentDataProtection(KeyA).UnwrapSubjectKey(wrapped, "subject\nkey-1"));
        Assert.ThrowsAny<CryptographicException>(() => new ConsentDataProtection(KeyB).UnwrapSubjectKey(wrapped, "subject\nkey-1"));
        Assert.ThrowsAny<CryptographicException>(() => protection.UnwrapSubjectKey(wrapped, "other\nkey-1"));
        Assert.Equal("subjectKey", Assert.Throws<ArgumentException>(() => protection.WrapSubjectKey(new byte[16], "c")).ParamName);
    }

    [Fact]
    public void The_key_check_identifies_the_key_without_revealing_it()
    {
        var check = new ConsentDataProtection(KeyA).KeyCheck;
        Assert.Equal(22, check.Length);
        Assert.Equal(check, new ConsentDataProtection(KeyA).KeyCheck);
        Assert.NotEqual(check, new ConsentDataProtection(KeyB).KeyCheck);
    }

    [Fact]
    public void Erasure_ends_the_consent_given_before_it_but_not_a_later_one()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0));
        var deletedAt = T0 + Duration.FromDays(1);
        kit.Append(new BiometricDataDeleted(Alice, deletedAt, "retention period ended"));

        Assert.Equal(ConsentDenialReason.None, kit.At(deletedAt - Duration.FromTicks(1)).Reason);
        var denied = kit.At(deletedAt);
        Assert.Equal(ConsentDenialReason.DataDeleted, denied.Reason);
        Assert.Contains("PIPL Art. 47", denied.Message, StringComparison.Ordinal);
        Assert.Equal(T0, ((ConsentGranted)denied.Grant!.Event).GrantedAt);

        kit.Append(Grant(at: deletedAt + Duration.FromHours(1)));
        Assert.Equal(ConsentDenialReason.DataDeleted, kit.At(deletedAt + Duration.FromMinutes(30)).Reason);
        Assert.Equal(ConsentDenialReason.None, kit.At(deletedAt + Duration.FromHours(2)).Reason);
    }

    [Fact]
    public void A_withdrawal_before_the_erasure_stays_the_reason_given()
    {
        var kit = new ConsentTestKit();
        kit.Append(Grant(at: T0));
        kit.Append(new ConsentWithdrawn(Alice, T0 + Duration.FromHours(1)));
        kit.Append(new BiometricDataDeleted(Alice, T0 + Duration.FromHours(2)));
        Assert.Equal(ConsentDenialReason.Withdrawn, kit.At(T0 + Duration.FromHours(3)).Reason);
    }
}
