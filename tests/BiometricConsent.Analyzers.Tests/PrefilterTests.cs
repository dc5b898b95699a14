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
    // An API list and no marker attribute: only the per-tree text scan (Symbols/TreeTextScan.cs) decides which files
    // are looked at, so a call it missed would get no BIO1001 at all.
    private static Verify.Test ApiListTest(string code)
    {
        var test = new Verify.Test(code)
        {
            Prelude = """
                namespace Vendor.Face
                {
                    public sealed class FaceClient
                    {
                        public object Detect(byte[] image) => new object();
                        public object DetectAll(byte[] image) => new object();
                    }
                }
                """,
        };
        test.ApiLists.Add("capture M:Vendor.Face.FaceClient.Detect(System.Byte[])");
        return test;
    }

    [Fact]
    public Task Call_spelled_with_a_unicode_escape_is_found_by_the_text_scan()
        => ApiListTest("""
            using Vendor.Face;
            class Kiosk
            {
                void Run(FaceClient client) { {|BIO1001:client.\u0044etect(new byte[0])|}; }
            }
            """).RunWithAsync();

    [Fact]
    public Task Verbatim_identifier_and_chinese_text_do_not_hide_a_call()
        => ApiListTest("""
            using Vendor.Face;
            class 门禁
            {
                // 人脸检测：未经同意
                void 运行(FaceClient 客户端) { var 结果 = {|BIO1001:客户端.@Detect(new byte[0])|}; }
            }
            """).RunWithAsync();

    [Fact]
    public Task A_longer_name_that_contains_the_listed_one_stays_quiet()
        => ApiListTest("""
            using Vendor.Face;
            class Kiosk
            {
                void Run(FaceClient client) { client.DetectAll(new byte[0]); }
            }
            """).RunWithAsync();
    // Marks are looked for only in the types declared in a tree that mentions a marker (Symbols/CandidateSyntax.cs):
    // the parts of a partial type in other trees must still count.
    [Fact]
    public Task Type_wide_mark_on_one_part_covers_a_member_declared_in_another_file()
    {
        var test = new Verify.Test("""
            class Kiosk
            {
                byte[] Run(Shop.Lens lens) => {|BIO1001:lens.Grab()|};
            }
            """);
        test.TestState.Sources.Add(("/0/LensMark.cs", "namespace Shop { [Acme.Privacy.FaceCapture] public partial class Lens { } }"));
        test.TestState.Sources.Add(("/0/LensMembers.cs", "namespace Shop { public partial class Lens { public byte[] Grab() => new byte[0]; } }"));
        return test.RunWithAsync();
    }

    [Fact]
    public Task Exemption_on_the_implementing_part_of_a_partial_method_in_another_file_is_checked()
    {
        var test = new Verify.Test("""
            using Acme.Privacy;
            partial class Kiosk
            {
                [{|BIO1007:ConsentExempt(ExemptionBasis.PublicSecurity)|}]
                partial void Run() { }
            }
            """);
        test.TestState.Sources.Add(("/0/KioskDeclaration.cs", "partial class Kiosk { partial void Run(); }"));
        return test.RunWithAsync();
    }
    // BIO1003 skips members that can carry no mark and share no name with a member that has a role: an implementation
    // in a file that mentions no marker must still be compared with its marked interface member.
    [Fact]
    public Task Unmarked_implementations_in_a_file_without_markers_are_compared_with_marked_members()
    {
        var test = new Verify.Test("""
            public sealed class Kiosk : Shop.IEnrolment
            {
                public byte[] {|BIO1003:Enrol|}() => new byte[0];
                byte[] Shop.IEnrolment.{|BIO1003:Renew|}() => new byte[0];
                public byte[] {|BIO1003:this|}[int index] => new byte[0];
                public byte[] Preview() => new byte[0];
            }
            """);
        test.TestState.Sources.Add(("/0/Enrolment.cs", """
            namespace Shop
            {
                public interface IEnrolment
                {
                    [Acme.Privacy.RequiresConsent] byte[] Enrol();
                    [Acme.Privacy.RequiresConsent] byte[] Renew();
                    [Acme.Privacy.RequiresConsent] byte[] this[int index] { get; }
                    byte[] Preview();
                }
            }
            """));
        return test.RunWithAsync();
    }
}
