using System;
using System.IO;
using BiometricConsent;
using BiometricConsent.Consent;
using BiometricConsent.Policy.Engine;
using BiometricConsent.Policy.Reporting;
using BiometricConsent.Policy.Serialization;
using NodaTime;
using StoreCamera;

// 1. The code: the build above showed BIO1001 on every capture in DoorAnalytics.cs and none in MemberCheckIn.cs.
var camera = new FaceAnalyticsClient();
var gate = new ConsentGate(new InMemoryConsentLedger(SystemClock.Instance), SystemClock.Instance);
var checkIn = new MemberCheckIn(gate, camera);
var member = new SubjectId("member-0042");

Console.WriteLine("Member check-in before consent:  " + (checkIn.CheckIn(member) is null ? "no capture; the desk scans the card" : "captured"));
await gate.RecordAsync(new ConsentGranted(
    member,
    purposes: new[] { Purpose.Attendance },
    modalities: Modality.Face,
    functions: RecognitionFunction.Verification,
    noticeVersion: new NoticeVersion(1),
    grantedAt: SystemClock.Instance.GetCurrentInstant(),
    form: ConsentForm.Written,
    isSeparate: true,
    giver: ConsentGiver.Subject));
Console.WriteLine("Member check-in after consent:   " + (checkIn.CheckIn(member) is null ? "no capture" : "face captured and matched"));
Console.WriteLine("Door analytics, visitors counted: " + new DoorAnalytics(camera).CountFootfall() + " (without notice or consent)");
Console.WriteLine();

// 2. The deployment: the rules library's assessment of the shop's description of its door cameras.
var path = Path.Combine(AppContext.BaseDirectory, "store-camera-activity.json");
var assessment = new Assessor().Assess(ActivityJson.Parse(File.ReadAllText(path)));
AssessmentTextWriter.Write(Console.Out, assessment, "store-camera-activity.json");

