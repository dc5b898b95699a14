using BiometricConsent.Policy.Model;

namespace BiometricConsent.Cli.Input;

/// <summary>An activity read from a file, with the file's text (to locate facts in reports) and its display path.</summary>
internal sealed class ActivityFile
{
    public ActivityFile(string displayPath, string json, Activity activity)
    {
        DisplayPath = displayPath;
        Json = json;
        Activity = activity;
    }

    /// <summary>The path relative to the working directory, with forward slashes (absolute when outside it on another root).</summary>
    public string DisplayPath { get; }

    public string Json { get; }

    public Activity Activity { get; }
}
