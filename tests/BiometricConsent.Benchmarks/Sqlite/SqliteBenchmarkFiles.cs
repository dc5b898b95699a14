using System;
using System.IO;
using BiometricConsent.Consent;
using NodaTime;

namespace BiometricConsent.Benchmarks.Sqlite;

/// <summary>Temporary ledger files and events shared by the SQLite benchmarks.</summary>
internal static class SqliteBenchmarkFiles
{
    internal static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "bc-sqlite-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    internal static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Temporary files; the OS cleans up what is left.
        }
    }

    internal static ConsentGranted Grant(SubjectId subject, Instant grantedAt) => new ConsentGranted(
        subject,
        new[] { Purpose.AccessControl },
        Modality.Face,
        RecognitionFunction.Verification,
        new NoticeVersion(3),
        grantedAt,
        ConsentForm.ElectronicAction,
        isSeparate: true,
        ConsentGiver.Subject,
        evidenceReference: "screen-recording:" + subject.Value);
}
