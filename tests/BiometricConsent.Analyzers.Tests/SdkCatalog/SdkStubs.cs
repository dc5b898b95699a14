namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// Emgu CV's <c>CascadeClassifier</c> in source form, for the cascade-rule tests that compile it next to the user's code
/// and derive from it. The catalog itself is checked against per-version stubs of every SDK (<c>Versions/</c>).
/// </summary>
internal static class SdkStubs
{
    internal const string Source = @"
namespace Emgu.CV
{
    public interface IInputArray { }
    public interface IOutputArray { }
    public class CascadeClassifier
    {
        public CascadeClassifier() { }
        public CascadeClassifier(string fileName) { }
        public System.Drawing.Rectangle[] DetectMultiScale(IInputArray image, double scaleFactor = 1.1, int minNeighbors = 3) => null!;
    }
}
";
}
