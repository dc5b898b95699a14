using BiometricConsent;
using BiometricConsent.Consent;

namespace StoreCamera;

/// <summary>
/// Member check-in by face, done right: the member gave separate consent at enrolment (PIPL Art. 29), the
/// gate confirms it is still valid for this purpose immediately before the capture, and a member without
/// consent is offered the membership card instead (CAC FRT Measures Art. 10). No BIO1001 here.
/// </summary>
public sealed class MemberCheckIn
{
    private readonly ConsentGate gate;
    private readonly FaceAnalyticsClient camera;

    public MemberCheckIn(ConsentGate gate, FaceAnalyticsClient camera)
    {
        this.gate = gate;
        this.camera = camera;
    }

    /// <summary>Checks a member in by face, or returns <see langword="null"/> so the desk scans their card.</summary>
    public FaceObservation? CheckIn(SubjectId member)
    {
        if (!gate.HasConsent(member, Purpose.Attendance, RecognitionFunction.Verification))
        {
            return null;
        }

        return camera.CaptureSingleFace("desk-1");
    }
}
