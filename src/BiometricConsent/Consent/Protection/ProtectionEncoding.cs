using System;

namespace BiometricConsent.Consent;

/// <summary>Base64url without padding (RFC 4648 §5), for pseudonyms and key checks that sit in identifiers.</summary>
internal static class ProtectionEncoding
{
    internal static string ToBase64Url(byte[] bytes, int length = -1)
    {
        var text = Convert.ToBase64String(bytes, 0, length < 0 ? bytes.Length : length);
        return text.TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
