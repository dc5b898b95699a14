using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>
/// The syntax pre-filter (docs/analyzer.md, "Performance design"): calls that name no member — an indexer, a
/// target-typed <c>new()</c>, a collection initializer's <c>Add</c> — are still found in a file that mentions no marker
/// attribute, and a using alias of a marker attribute switches the pre-filter off. Each test also runs without the
/// pre-filter (<c>Verify.Test</c>), so both paths must report the same.
/// </summary>
public class PrefilterTests
{
    // Marked members live in the prelude's file, so the test file below mentions no marker attribute and is pre-filtered.
    private static readonly string Scanners = Prelude.WithLocalAttributes + """

        namespace Acme.Scanning
        {
            public sealed class Scanner
            {
                [Acme.Privacy.FaceCapture] public Scanner() { }
                public Scanner(int unmarked) { }
                [Acme.Privacy.FaceCapture] public Acme.Image this[int index] => new Acme.Image();
            }

            public sealed class Album : System.Collections.IEnumerable
            {
                [Acme.Privacy.FaceCapture] public void Add(Acme.Image image) { }
                public System.Collections.IEnumerator GetEnumerator() => null!;
            }

            public sealed class Other
            {
                public Acme.Image this[int index] => new Acme.Image();
            }
        }
        """;

    [Fact]
    public Task Calls_without_a_name_of_their_own_are_found_in_a_prefiltered_file()
        => new Verify.Test("""
            using Acme;
            using Acme.Scanning;
            class Kiosk
            {
                // One call per member: each member's code is bound only for a candidate of its own.
                Scanner Make() => {|BIO1001:new()|};

                Image Frame(Scanner scanner) => {|BIO1001:scanner[0]|};

                Album Collect(Image image) => new Album { {|BIO1001:image|} };
            }
            """) { Prelude = Scanners }.RunWithAsync();

    [Fact]
    public Task Unmarked_indexer_and_constructor_stay_quiet_in_a_prefiltered_file()
        => new Verify.Test("""
            using Acme.Scanning;
            class Kiosk
            {
                void Run(Other other)
                {
                    var scanner = new Scanner(1);
                    var frame = other[0];
                }
            }
            """) { Prelude = Scanners }.RunWithAsync();

    [Fact]
    public Task Alias_of_a_marker_attribute_is_still_seen()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Needs = Acme.Privacy.RequiresConsentAttribute;
            class Kiosk
            {
                [Needs] Image Scan(Camera camera) => camera.Capture();

                void Run(Camera camera) { {|BIO1001:Scan(camera)|}; }
            }
            """);
}
