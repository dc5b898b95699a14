using System;
using System.Security.Cryptography;
using System.Text;

namespace BiometricConsent.Consent;

/// <summary>
/// The application's key for the personal data in consent records, and what is derived from it: the
/// <see cref="SubjectKeyer"/> that pseudonymises subjects, the wrapping of per-subject data keys (which encrypt the
/// personal fields of a subject's records and are destroyed on erasure: crypto-shredding), and a key check that tells
/// a ledger protected with another key apart from a damaged one. Store-independent: any ledger can use it.
/// </summary>
/// <remarks>
/// <para>
/// The application key must be at least 32 random bytes, kept outside the ledger (a secret store, an HSM-backed key
/// vault, an environment secret): whoever holds both the ledger file and the key can read every subject not yet
/// erased. Separate keys are derived from it with HMAC-SHA256 for each use, so the pseudonyms reveal nothing about
/// the wrapping key and vice versa. Losing the key makes every sealed field unreadable (the records, their
/// verification and the consent decisions stay intact); changing it needs a new ledger.
/// </para>
/// <para>Thread-safe. See docs/sqlite-ledger.md, "Personal data", for what is protected and what is not.</para>
/// </remarks>
public sealed class ConsentDataProtection
{
    /// <summary>The shortest application or subject key accepted, in bytes.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>The length of a per-subject data key in bytes (AES-256).</summary>
    public const int SubjectKeyLength = 32;

    /// <summary>
    /// What a ledger returns in place of a shredded guardian identity: the text a redacted
    /// <see cref="ConsentGiver.GuardianIdentity"/> holds once the subject's data key is destroyed. Redacted birth dates,
    /// relationships and notes read as <see langword="null"/>.
    /// </summary>
    public const string ErasedValue = "[erased]";

    private readonly byte[] wrappingKey;

    /// <summary>Derives the keys from an application key.</summary>
    /// <param name="applicationKey">At least 32 random bytes; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="applicationKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="applicationKey"/> is shorter than 32 bytes.</exception>
    public ConsentDataProtection(byte[] applicationKey)
    {
        Preconditions.CheckNotNull(applicationKey, nameof(applicationKey));
        Preconditions.CheckArgument(applicationKey.Length >= MinimumKeyLength, nameof(applicationKey), "The application key must be at least 32 bytes (256 bits) of random data.");

        SubjectKeyer = new SubjectKeyer(Derive(applicationKey, "subject-keyer"));
        wrappingKey = Derive(applicationKey, "subject-key-wrapping");
        var check = Derive(applicationKey, "key-check");
        KeyCheck = ProtectionEncoding.ToBase64Url(check, 16);
    }

    /// <summary>Pseudonymises subjects with a key derived from the application key.</summary>
    public SubjectKeyer SubjectKeyer { get; }

    /// <summary>
    /// A value that identifies the application key without revealing it (22 base64url characters, from a derived
    /// HMAC): a ledger stores it, so that opening with another key fails with a clear error.
    /// </summary>
    public string KeyCheck { get; }

    /// <summary>Creates a new random per-subject data key.</summary>
    /// <returns><see cref="SubjectKeyLength"/> random bytes from the system's cryptographic generator.</returns>
    public static byte[] NewSubjectKey()
    {
        var key = new byte[SubjectKeyLength];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(key);
        }

        return key;
    }

    /// <summary>Encrypts a per-subject data key under the application key, for storing next to the records.</summary>
    /// <param name="subjectKey">The data key.</param>
    /// <param name="context">What the key belongs to (for example the subject and key id); needed again to unwrap.</param>
    /// <returns>The wrapped key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="subjectKey"/> is not <see cref="SubjectKeyLength"/> bytes.</exception>
    public byte[] WrapSubjectKey(byte[] subjectKey, string context)
    {
        Preconditions.CheckNotNull(subjectKey, nameof(subjectKey));
        Preconditions.CheckNotNull(context, nameof(context));
        Preconditions.CheckArgument(subjectKey.Length == SubjectKeyLength, nameof(subjectKey), "A subject key must be 32 bytes.");

        return PersonalDataCipher.Encrypt(wrappingKey, subjectKey, Encoding.UTF8.GetBytes("subject-key:" + context));
    }

    /// <summary>Decrypts a key wrapped by <see cref="WrapSubjectKey"/> with the same application key and context.</summary>
    /// <param name="wrapped">The wrapped key.</param>
    /// <param name="context">The context given when wrapping.</param>
    /// <returns>The data key.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="CryptographicException">The key was wrapped under another application key or context, or altered.</exception>
    public byte[] UnwrapSubjectKey(byte[] wrapped, string context)
    {
        Preconditions.CheckNotNull(wrapped, nameof(wrapped));
        Preconditions.CheckNotNull(context, nameof(context));

        var key = PersonalDataCipher.Decrypt(wrappingKey, wrapped, Encoding.UTF8.GetBytes("subject-key:" + context));
        return key.Length == SubjectKeyLength ? key : throw new CryptographicException("The unwrapped subject key has the wrong length.");
    }

    private static byte[] Derive(byte[] key, string purpose)
    {
        using var hmac = new HMACSHA256(key);
        return hmac.ComputeHash(Encoding.UTF8.GetBytes("BiometricConsent/" + purpose + "/v1"));
    }
}
