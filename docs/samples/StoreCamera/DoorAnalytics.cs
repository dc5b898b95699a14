using System.Collections.Generic;
using System.Linq;
using BiometricConsent;

namespace StoreCamera;

/// <summary>
/// Footfall and demographic analytics at the shop door, the way the 2021 Shanghai showroom cameras worked:
/// every passer-by's face is captured, uploaded and analysed for gender and age, with no notice and no
/// consent. The analyzer flags each capture (BIO1001): no consent check guards it on any path. The class is tied to
/// the shop's description of this processing (store-camera-activity.json, assessed in the same build: BIO2001); the
/// description declares no consent, so the captures stay BIO1001 — had it claimed consent, they would be BIO2004.
/// </summary>
[BiometricActivity("store-camera-door-analytics")]
public sealed class DoorAnalytics
{
    private readonly FaceAnalyticsClient camera;
    private readonly Dictionary<string, int> visitorsByGender = new();

    public DoorAnalytics(FaceAnalyticsClient camera) => this.camera = camera;

    /// <summary>Counts visitors at the entrance.</summary>
    public int CountFootfall()
    {
        var faces = camera.CaptureFaces("door-1"); // expect: BIO1001
        return faces.Length;
    }

    /// <summary>Gender ratio and average age for the marketing dashboard.</summary>
    public (double femaleShare, double averageAge) Demographics(int frames)
    {
        var seen = new List<FaceObservation>();
        for (var i = 0; i < frames; i++)
        {
            seen.AddRange(camera.CaptureFaces("door-2")); // expect: BIO1001
        }

        foreach (var face in seen)
        {
            visitorsByGender[face.Gender] = visitorsByGender.TryGetValue(face.Gender, out var n) ? n + 1 : 1;
        }

        return seen.Count == 0
            ? (0, 0)
            : (seen.Count(f => f.Gender == "F") / (double)seen.Count, seen.Average(f => f.EstimatedAge));
    }
}
