using System;
using System.Security.Cryptography;
using System.Text;

namespace BiometricConsent.Consent;

/// <summary>
/// Authenticated encryption of personal fields under a 32-byte key, with associated data that binds a ciphertext to
/// its place (a subject, a key id), so that it cannot be moved to another record unnoticed.
/// </summary>
/// <remarks>
/// <para>
/// Two formats, told apart by the first byte. 1: AES-256-GCM (12-byte random nonce, 16-byte tag), written by the
/// net8.0 build. 2: AES-256-CBC with PKCS#7 padding and a 16-byte random IV, then HMAC-SHA256 over the format byte,
/// IV, ciphertext and associated data (encrypt-then-MAC, separate keys derived from the key), written by the
/// netstandard2.0 build, which has no <c>AesGcm</c>. Both builds read format 2; only the net8.0 build reads format 1,
/// and the netstandard2.0 build says so when it meets it. Both are authenticated: a changed byte, another key or
/// other associated data fail with a <see cref="CryptographicException"/>, never with wrong plaintext.
/// </para>
/// </remarks>
public static class PersonalDataCipher
{
    private const byte GcmFormat = 1;
    private const byte CbcHmacFormat = 2;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int IvLength = 16;
    private const int MacLength = 32;

    /// <summary>Encrypts with the format of this build (AES-GCM on net8.0, AES-CBC + HMAC-SHA256 on netstandard2.0).</summary>
    /// <param name="key">A 32-byte key.</param>
    /// <param name="plaintext">The data.</param>
    /// <param name="associatedData">Data authenticated but not encrypted; the same must be given to decrypt.</param>
    /// <returns>The format byte followed by the ciphertext.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 32 bytes.</exception>
    public static byte[] Encrypt(byte[] key, byte[] plaintext, byte[] associatedData) =>
#if NET8_0_OR_GREATER
        Encrypt(key, plaintext, associatedData, cbcHmac: false);
#else
        Encrypt(key, plaintext, associatedData, cbcHmac: true);
#endif

    /// <summary>Decrypts and authenticates data from <see cref="Encrypt(byte[], byte[], byte[])"/> (either format).</summary>
    /// <param name="key">The key it was encrypted with.</param>
    /// <param name="ciphertext">The encrypted data.</param>
    /// <param name="associatedData">The associated data it was encrypted with.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not 32 bytes.</exception>
    /// <exception cref="CryptographicException">The data was altered, or the key or associated data differ, or the format is unknown or unavailable in this build.</exception>
    public static byte[] Decrypt(byte[] key, byte[] ciphertext, byte[] associatedData)
    {
        CheckArguments(key, ciphertext, associatedData, nameof(ciphertext));

        switch (ciphertext.Length == 0 ? (byte)0 : ciphertext[0])
        {
            case GcmFormat when ciphertext.Length >= 1 + NonceLength + TagLength:
#if NET8_0_OR_GREATER
                var plaintext = new byte[ciphertext.Length - 1 - NonceLength - TagLength];
                using (var gcm = new AesGcm(key, TagLength))
                {
                    gcm.Decrypt(
                        ciphertext.AsSpan(1, NonceLength),
                        ciphertext.AsSpan(1 + NonceLength + TagLength),
                        ciphertext.AsSpan(1 + NonceLength, TagLength),
                        plaintext,
                        associatedData);
                }

                return plaintext;
#else
                throw new CryptographicException("The data was encrypted with AES-GCM by the net8.0 build of BiometricConsent; the netstandard2.0 build has no AES-GCM and cannot decrypt it. Run on .NET 8 or later.");
#endif

            case CbcHmacFormat when ciphertext.Length >= 1 + IvLength + 16 + MacLength:
                return DecryptCbcHmac(key, ciphertext, associatedData);

            default:
                throw new CryptographicException("The data is not in a known encryption format (or is truncated).");
        }
    }

    /// <summary>Encrypts in a chosen format; the tests use it to check that both formats round-trip.</summary>
    internal static byte[] Encrypt(byte[] key, byte[] plaintext, byte[] associatedData, bool cbcHmac)
    {
        CheckArguments(key, plaintext, associatedData, nameof(plaintext));

        if (cbcHmac)
        {
            return EncryptCbcHmac(key, plaintext, associatedData);
        }

#if NET8_0_OR_GREATER
        var result = new byte[1 + NonceLength + TagLength + plaintext.Length];
        result[0] = GcmFormat;
        RandomNumberGenerator.Fill(result.AsSpan(1, NonceLength));
        using (var gcm = new AesGcm(key, TagLength))
        {
            gcm.Encrypt(result.AsSpan(1, NonceLength), plaintext, result.AsSpan(1 + NonceLength + TagLength), result.AsSpan(1 + NonceLength, TagLength), associatedData);
        }

        return result;
#else
        throw new PlatformNotSupportedException("AES-GCM needs the net8.0 build.");
#endif
    }

    private static void CheckArguments(byte[] key, byte[] data, byte[] associatedData, string dataName)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        Preconditions.CheckNotNull(data, dataName);
        Preconditions.CheckNotNull(associatedData, nameof(associatedData));
        Preconditions.CheckArgument(key.Length == 32, nameof(key), "The key must be 32 bytes (AES-256).");
    }

    private static byte[] EncryptCbcHmac(byte[] key, byte[] plaintext, byte[] associatedData)
    {
        DeriveCbcKeys(key, out var encryptionKey, out var macKey);
        using var aes = Aes.Create();
        aes.Key = encryptionKey;
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        aes.GenerateIV();
        byte[] body;
        using (var encryptor = aes.CreateEncryptor())
        {
            body = encryptor.TransformFinalBlock(plaintext, 0, plaintext.Length);
        }

        var result = new byte[1 + IvLength + body.Length + MacLength];
        result[0] = CbcHmacFormat;
        Buffer.BlockCopy(aes.IV, 0, result, 1, IvLength);
        Buffer.BlockCopy(body, 0, result, 1 + IvLength, body.Length);
        var mac = Mac(macKey, result, result.Length - MacLength, associatedData);
        Buffer.BlockCopy(mac, 0, result, result.Length - MacLength, MacLength);
        return result;
    }

    private static byte[] DecryptCbcHmac(byte[] key, byte[] ciphertext, byte[] associatedData)
    {
        DeriveCbcKeys(key, out var encryptionKey, out var macKey);
        var macOffset = ciphertext.Length - MacLength;
        var expected = Mac(macKey, ciphertext, macOffset, associatedData);
        var diff = 0;
        for (var i = 0; i < MacLength; i++)
        {
            diff |= expected[i] ^ ciphertext[macOffset + i];
        }

        // Authenticate before decrypting: a padding error must never be observable (padding oracle).
        if (diff != 0)
        {
            throw new CryptographicException("The encrypted data failed authentication: it was altered, or the key or associated data differ.");
        }

        using var aes = Aes.Create();
        aes.Key = encryptionKey;
        aes.Mode = CipherMode.CBC;
        aes.Padding = PaddingMode.PKCS7;
        var iv = new byte[IvLength];
        Buffer.BlockCopy(ciphertext, 1, iv, 0, IvLength);
        aes.IV = iv;
        using var decryptor = aes.CreateDecryptor();
        return decryptor.TransformFinalBlock(ciphertext, 1 + IvLength, macOffset - 1 - IvLength);
    }

    private static byte[] Mac(byte[] macKey, byte[] data, int length, byte[] associatedData)
    {
        using var hmac = new HMACSHA256(macKey);
        var lengthPrefix = BitConverter.GetBytes((long)associatedData.Length);
        hmac.TransformBlock(lengthPrefix, 0, lengthPrefix.Length, null, 0);
        hmac.TransformBlock(associatedData, 0, associatedData.Length, null, 0);
        hmac.TransformFinalBlock(data, 0, length);
        return hmac.Hash!;
    }

    private static void DeriveCbcKeys(byte[] key, out byte[] encryptionKey, out byte[] macKey)
    {
        using var hmac = new HMACSHA256(key);
        encryptionKey = hmac.ComputeHash(Encoding.UTF8.GetBytes("BiometricConsent/cbc-encryption/v1"));
        macKey = hmac.ComputeHash(Encoding.UTF8.GetBytes("BiometricConsent/cbc-mac/v1"));
    }
}
