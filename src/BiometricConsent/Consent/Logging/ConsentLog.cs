using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace BiometricConsent.Consent;

/// <summary>
/// The log messages of the consent gate and the in-memory ledger, generated as cached <see cref="LoggerMessage"/>
/// delegates. The event ids are stable and documented in docs/consent-gate.md (100–199 for this package).
/// </summary>
internal static partial class ConsentLog
{
    /// <summary>Logs a denied check. The subject appears only as <see cref="SubjectReference"/>; nothing is computed when the level is off.</summary>
    internal static void Denied(ILogger logger, SubjectId subject, Purpose purpose, RecognitionFunction function, Modality modality, in ConsentDecision decision)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            ConsentDenied(logger, decision.Reason, purpose, modality, function, SubjectReference(subject), decision.Message);
        }
    }

    /// <summary>A consent check (<c>HasConsent</c>, <c>Require</c> or their asynchronous forms) found no valid consent.</summary>
    [LoggerMessage(EventId = 100, EventName = "ConsentDenied", Level = LogLevel.Information,
        Message = "Consent check denied ({Reason}) for {Purpose} ({Modality} {Function}), subject ref {SubjectRef}: {Detail}")]
    private static partial void ConsentDenied(ILogger logger, ConsentDenialReason reason, Purpose purpose, Modality modality, RecognitionFunction function, string subjectRef, string detail);

    /// <summary>An <see cref="InMemoryConsentLedger"/> was created: nothing it records survives the process.</summary>
    [LoggerMessage(EventId = 110, EventName = "InMemoryLedgerCreated", Level = LogLevel.Warning,
        Message = "Consent records are kept in memory only (InMemoryConsentLedger) and are lost when the process ends; register a durable ledger for production.")]
    internal static partial void InMemoryCreated(ILogger logger);

    /// <summary>
    /// A short keyed hash of the subject identifier: 12 hex digits of HMAC-SHA256 under a random key drawn once per
    /// process. Log entries about one subject can be correlated within a process; the identifier cannot be recovered
    /// or confirmed by hashing guesses, and the reference differs in the next process.
    /// </summary>
    internal static string SubjectReference(SubjectId subject)
    {
        using var hmac = new HMACSHA256(SubjectKey.Value);
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(subject.Value));
        var reference = new StringBuilder(12);
        for (var i = 0; i < 6; i++)
        {
            reference.Append(hash[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return reference.ToString();
    }

    private static class SubjectKey
    {
        internal static readonly byte[] Value = Create();

        private static byte[] Create()
        {
            var key = new byte[32];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(key);
            }

            return key;
        }
    }
}
