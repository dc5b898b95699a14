using BiometricConsent;

namespace StoreCamera;

/// <summary>A face image and what the vendor's cloud made of it.</summary>
public sealed record FaceObservation(string CameraId, byte[] FaceImage, string Gender, int EstimatedAge);

/// <summary>
/// The passenger-flow vendor's SDK, as the shop received it: every public method captures a face from the
/// camera stream. A type-level <see cref="FaceCaptureAttribute"/> tells the analyzer so (docs/analyzer.md); a
/// third-party type the shop cannot annotate would be listed in BiometricApis.txt instead.
/// </summary>
[FaceCapture]
public sealed class FaceAnalyticsClient
{
    private int frame;

    /// <summary>Captures the faces visible at the camera now and uploads them for analysis.</summary>
    public FaceObservation[] CaptureFaces(string cameraId) => ReadFrame(cameraId, ++frame % 3 + 1);

    /// <summary>Captures the face of the person standing at the camera, for matching against enrolled members.</summary>
    public FaceObservation CaptureSingleFace(string cameraId) => ReadFrame(cameraId, 1)[0];

    // Stands in for the vendor's camera stream and cloud analysis; private, so not itself a capture API.
    private static FaceObservation[] ReadFrame(string cameraId, int count)
    {
        var faces = new FaceObservation[count];
        for (var i = 0; i < faces.Length; i++)
        {
            faces[i] = new FaceObservation(cameraId, new byte[] { 0xFF, 0xD8 }, i % 2 == 0 ? "F" : "M", 20 + 7 * i);
        }

        return faces;
    }
}
