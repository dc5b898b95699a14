namespace BiometricConsent.Analyzers.ApiList;

/// <summary>The shape of a line of <c>BiometricApis.txt</c>.</summary>
internal enum ApiListLineKind
{
    /// <summary>Empty, white space, or only a comment.</summary>
    Blank,

    /// <summary>A <c>capture</c> or <c>check</c> entry.</summary>
    Entry,

    /// <summary>Anything else.</summary>
    Malformed,
}
