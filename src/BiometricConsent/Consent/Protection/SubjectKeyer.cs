using System;
using System.Security.Cryptography;
using System.Text;

namespace BiometricConsent.Consent;

/// <summary>
/// Turns an application's own identifier of a person (an employee number, an ID-card number, an account name) into
/// a pseudonymous <see cref="SubjectId"/>: a keyed hash (HMAC-SHA256) under the application's key, so that a consent
/// record names the subject only by a value that cannot be linked back to the person without that key
/// (GB/T 35273-2020 §6.3; PIPL Art. 51(3)). The same identifier and key always give the same pseudonym.
/// </summary>
/// <remarks>
/// Pseudonyms look like <c>ps1:</c> followed by 43 base64url characters (the 32-byte hash, unpadded). Thread-safe.
/// Obtain one from <see cref="ConsentDataProtection.SubjectKeyer"/>, which derives its key from the application key.
/// </remarks>
public sealed class SubjectKeyer
{
    /// <summary>The prefix of every pseudonym this class produces (version 1 of the format).</summary>
    public const string PseudonymPrefix = "ps1:";

    private const int HashCharacters = 43;

    private readonly byte[] key;

    /// <summary>Creates a keyer with a key of at least 32 bytes, kept secret from anyone who reads the ledger.</summary>
    /// <param name="key">The HMAC key; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is shorter than 32 bytes.</exception>
    public SubjectKeyer(byte[] key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        Preconditions.CheckArgument(key.Length >= ConsentDataProtection.MinimumKeyLength, nameof(key), "A subject keyer needs a key of at least 32 bytes (256 bits).");

        this.key = (byte[])key.Clone();
    }

    /// <summary>The pseudonymous subject of an identifier: <c>ps1:</c> and the base64url HMAC-SHA256 of its UTF-8 bytes.</summary>
    /// <param name="identifier">The application's identifier of the person; compared exactly (trim or normalise it first if needed).</param>
    /// <returns>The pseudonym, always the same for the same identifier and key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="identifier"/> is empty.</exception>
    public SubjectId Pseudonymise(string identifier)
    {
        Preconditions.CheckNotNull(identifier, nameof(identifier));
        Preconditions.CheckArgument(identifier.Length != 0, nameof(identifier), "An identifier to pseudonymise must not be empty.");

        using var hmac = new HMACSHA256(key);
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(identifier));
        return new SubjectId(PseudonymPrefix + ProtectionEncoding.ToBase64Url(hash));
    }

    /// <summary>Whether a subject has the form of a pseudonym of this class (it cannot tell under which key).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns><see langword="true"/> for <c>ps1:</c> followed by 43 base64url characters.</returns>
    public static bool IsPseudonym(SubjectId subject)
    {
        var value = subject.IsDefault ? string.Empty : subject.Value;
        if (value.Length != PseudonymPrefix.Length + HashCharacters || !value.StartsWith(PseudonymPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = PseudonymPrefix.Length; i < value.Length; i++)
        {
            var c = value[i];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
