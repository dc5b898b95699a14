namespace BiometricConsent.Analyzers.Tests.Infrastructure;

/// <summary>Shared declarations compiled next to each test's code.</summary>
internal static class Prelude
{
    /// <summary>The sample face API and consent service of the tests, marked with the given attribute namespace.</summary>
    internal static string Apis(string attributeNamespace) => $$"""
        using System.Threading.Tasks;
        using {{attributeNamespace}};

        namespace Acme
        {
            public sealed class Image { }

            public class Camera
            {
                [FaceCapture] public Image Capture() => new Image();
                [FaceCapture] public Image Capture(int quality) => new Image();
                [FaceCapture] public Task<Image> CaptureAsync() => Task.FromResult(new Image());
                [FaceCapture] public Image Frame => new Image();
                public void Focus() { }
                public string Name => "cam";
            }

            public class Consent
            {
                [ConsentCheck] public bool IsGranted(string person) => true;
                [ConsentCheck] public Task<bool> IsGrantedAsync(string person) => Task.FromResult(true);
                [ConsentCheck] public ValueTask<bool> IsGrantedValueAsync(string person) => new ValueTask<bool>(true);
                [ConsentCheck] public void Require(string person) { }
                [ConsentCheck] public Task RequireAsync(string person) => Task.CompletedTask;
                [ConsentCheck] public static bool Granted(string person) => true;
                public bool IsOpen() => true;
            }
        }
        """;

    /// <summary>Project-internal copies of the attributes in a namespace of the project's own.</summary>
    internal const string LocalAttributes = """
        namespace Acme.Privacy
        {
            using System;

            [AttributeUsage(AttributeTargets.All, Inherited = true)]
            internal sealed class FaceCaptureAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.All, Inherited = true)]
            internal sealed class ConsentCheckAttribute : Attribute { }

            [AttributeUsage(AttributeTargets.All, Inherited = true)]
            internal sealed class RequiresConsentAttribute : Attribute { }

            internal enum ExemptionBasis { PublicHealthEmergency = 1, PublicSecurity = 2, NewsReporting = 3 }

            [AttributeUsage(AttributeTargets.All, Inherited = false)]
            internal sealed class ConsentExemptAttribute : Attribute
            {
                public ConsentExemptAttribute(ExemptionBasis basis) { }
                public string? Justification { get; set; }
            }
        }
        """;

    /// <summary>The sample APIs with the project-internal attribute copies.</summary>
    internal static readonly string WithLocalAttributes = "#nullable enable\n" + Apis("Acme.Privacy") + "\n" + LocalAttributes;

    /// <summary>The sample APIs with the runtime library's attributes (reference <see cref="TestReferences.RuntimeLibrary"/>).</summary>
    internal static readonly string WithLibraryAttributes = Apis("BiometricConsent");
}
