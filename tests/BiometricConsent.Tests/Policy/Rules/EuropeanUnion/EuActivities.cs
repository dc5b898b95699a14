using BiometricConsent.Tests.Policy.Support;

namespace BiometricConsent.Tests.Policy.Rules.EuropeanUnion;

/// <summary>The baselines of the GDPR and AI Act tests.</summary>
internal static class EuActivities
{
    /// <summary>
    /// docs/examples/office-access-2026.json moved to a Berlin office: face verification at the door on the employees'
    /// explicit consent, on 420 people (not large-scale), informed at enrolment; no GDPR or AI Act rule is breached.
    /// </summary>
    public static TestActivity BerlinOffice => TestActivity.Office.Patch(
        "{ 'id': 'berlin-office-2026', 'jurisdiction': 'DE', " +
        "'gdpr': { 'article9Condition': 'ExplicitConsent', 'largeScale': false, 'systematicMonitoring': false }, " +
        "'aiSystem': { 'workplaceOrEducation': true, 'medicalOrSafetyReasons': false, 'infersSensitiveTraits': false, 'datasetLabellingOrFiltering': false, 'lawEnforcement': false } }");

    /// <summary>docs/examples/eu-face-search-2025.json: a face-search service built on scraped images.</summary>
    public static TestActivity FaceSearch => TestActivity.Example("eu-face-search-2025.json");

    /// <summary>
    /// A police camera in an Amsterdam square, from 2025-03-01, identifying persons in real time in the search for a
    /// missing child, authorised beforehand by an investigating judge.
    /// </summary>
    public static TestActivity PoliceCamera => TestActivity.FromJson(@"{
          'id': 'police-camera-2025', 'jurisdiction': 'NL', 'period': { 'start': '2025-03-01', 'end': '2025-03-02' },
          'processor': { 'kinds': ['LawEnforcement'] }, 'venue': 'PublicSquare', 'publicPlace': true, 'function': 'Identification',
          'purposes': ['PublicSecurity'], 'realTimeRemoteIdentification': true,
          'aiSystem': { 'lawEnforcement': true, 'lawEnforcementObjective': 'TargetedVictimSearch', 'authorisation': 'Prior' } }");

    /// <summary>
    /// A shop in Paris from 2026-09-01 whose cameras read the customers' moods for marketing (emotion recognition,
    /// not in a workplace), with signs at the entrance.
    /// </summary>
    public static TestActivity MoodCamera => TestActivity.FromJson(@"{
          'id': 'mood-camera-2026', 'jurisdiction': 'FR', 'period': { 'start': '2026-09-01', 'end': '2026-12-31' },
          'processor': { 'kinds': ['BusinessOperator'] }, 'venue': 'Store', 'publicPlace': true, 'function': 'EmotionRecognition',
          'purposes': ['CustomerAnalytics'], 'notice': { 'given': true, 'beforeProcessing': true, 'conspicuousSigns': true },
          'aiSystem': { 'workplaceOrEducation': false, 'medicalOrSafetyReasons': false, 'lawEnforcement': false } }");
}
