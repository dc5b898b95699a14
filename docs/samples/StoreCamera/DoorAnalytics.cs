using System.Collections.Generic;
using System.Linq;

namespace StoreCamera;

/// <summary>
/// Footfall and demographic analytics at the shop door, the way the 2021 Shanghai showroom cameras worked:
/// every passer-by's face is captured, uploaded and analysed for gender and age, with no notice and no
/// consent. The analyzer flags each capture (BIO1001): no consent check guards it on any path.
/// </summary>
public sealed class DoorAnalytics
{
    private readonly FaceAnalyticsClient _camera;
    private readonly Dictionary<string, int> _visitorsByGender = new();

    public DoorAnalytics(FaceAnalyticsClient camera) => _camera = camera;

    /// <summary>Counts visitors at the entrance.</summary>
    public int CountFootfall()
    {
        FaceObservation[] faces = _camera.CaptureFaces("door-1"); // expect: BIO1001
        return faces.Length;
    }

    /// <summary>Gender ratio and average age for the marketing dashboard.</summary>
    public (double femaleShare, double averageAge) Demographics(int frames)
    {
        var seen = new List<FaceObservation>();
        for (int i = 0; i < frames; i++)
        {
            seen.AddRange(_camera.CaptureFaces("door-2")); // expect: BIO1001
        }

        foreach (FaceObservation face in seen)
        {
            _visitorsByGender[face.Gender] = _visitorsByGender.TryGetValue(face.Gender, out int n) ? n + 1 : 1;
        }

        return seen.Count == 0
            ? (0, 0)
            : (seen.Count(f => f.Gender == "F") / (double)seen.Count, seen.Average(f => f.EstimatedAge));
    }
}
