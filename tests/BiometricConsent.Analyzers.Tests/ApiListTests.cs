using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace BiometricConsent.Analyzers.Tests;

/// <summary>BiometricApis.txt: third-party captures and checks, and BIO1008 for bad lines.</summary>
public class ApiListTests
{
    private const string Vendor = """
        namespace Vendor.Face
        {
            public sealed class FaceClient
            {
                public object Detect(System.IO.Stream image) => new object();
                public object Detect(byte[] image) => new object();
                public object Search(byte[] image) => new object();
                public object Search(byte[] image, int top) => new object();
                public object Ping() => new object();
                public object Ping(int timeout) => new object();
                public int Quota => 3;
            }

            public sealed class FaceScanner
            {
                public FaceScanner() { }
                public object Scan() => new object();
                public object Last => new object();
            }
        }

        namespace MyCompany.Privacy
        {
            public sealed class ConsentService
            {
                public bool IsGranted(string person, string purpose) => true;
                public void Demand(string person) { }
            }
        }
        """;

    private static Verify.Test Test(string code, params string[] apiLists)
    {
        var test = new Verify.Test(code) { Prelude = Vendor };
        test.ApiLists.AddRange(apiLists);
        return test;
    }

    [Fact]
    public Task Listed_captures_and_checks_are_understood()
        => Test(
            """
            using Vendor.Face;
            using MyCompany.Privacy;
            class Kiosk
            {
                void Run(FaceClient client, FaceScanner scanner, ConsentService consent)
                {
                    {|BIO1001:client.Detect(new byte[0])|};
                    {|BIO1001:client.Search(new byte[0])|};
                    {|BIO1001:client.Search(new byte[0], 2)|};
                    {|BIO1001:scanner.Scan()|};
                    _ = {|BIO1001:scanner.Last|};
                    _ = new FaceScanner();
                    _ = client.Quota;
                    if (!consent.IsGranted("p", "door")) return;
                    client.Search(new byte[0]);
                    scanner.Scan();
                    {|BIO1002:consent.IsGranted("p", "door")|};
                }
            }
            """,
            """
            # comments start with '#'; blank lines are ignored

            capture M:Vendor.Face.FaceClient.Detect(System.Byte[])
            capture M:Vendor.Face.FaceClient.Search          # no parameter list: every overload
            capture T:Vendor.Face.FaceScanner                # a type: all its public methods and properties
            check   M:MyCompany.Privacy.ConsentService.IsGranted(System.String,System.String)
            """).RunWithAsync();

    [Fact]
    public Task Exact_overload_and_parameterless_form_match_only_that_overload()
        => Test(
            """
            using Vendor.Face;
            class Kiosk
            {
                void Run(FaceClient client)
                {
                    client.Detect(new byte[0]);
                    {|BIO1001:client.Detect(System.IO.Stream.Null)|};
                    {|BIO1001:client.Ping()|};
                    client.Ping(3);
                }
            }
            """,
            """
            capture M:Vendor.Face.FaceClient.Detect(System.IO.Stream)
            capture M:Vendor.Face.FaceClient.Ping()
            """).RunWithAsync();

    [Fact]
    public Task Assertion_check_from_the_list_guards()
        => Test(
            """
            using Vendor.Face;
            using MyCompany.Privacy;
            class Kiosk
            {
                void Run(FaceClient client, ConsentService consent)
                {
                    consent.Demand("p");
                    client.Detect(new byte[0]);
                }
            }
            """,
            """
            capture M:Vendor.Face.FaceClient.Detect
            check M:MyCompany.Privacy.ConsentService.Demand(System.String)
            """).RunWithAsync();

    [Fact]
    public Task Bad_lines_are_reported_at_their_line()
        => Test(
            "class Empty { }",
            """
            capture M:Vendor.Face.FaceClient.Detect
            {|BIO1008:capture M:Vendor.Face.FaceClient.Detekt|}
            {|BIO1008:capture M:Vendor.Face.FaceClient.Detect|}
            {|BIO1008:snap M:Vendor.Face.FaceClient.Detect|}
            {|BIO1008:capture|}
            {|BIO1008:capture F:Vendor.Face.FaceClient.Field|}
            {|BIO1008:check T:MyCompany.Privacy.ConsentService|}
            {|BIO1008:capture M:Vendor.Face.FaceClient.Search extra|}
            {|BIO1008:check M:Vendor.Face.FaceClient.Detect  # conflicting role|}
            {|BIO1008:capture T:Vendor.Face.Missing|}
            {|BIO1008:capture P:Vendor.Face.FaceClient.Quota(|}
            {|BIO1008:Capture M:Vendor.Face.FaceClient.Search|}
            {|BIO1008:capture M:(((|}
               # indented comment

            capture P:Vendor.Face.FaceClient.Quota
            """).RunWithAsync();

    [Fact]
    public Task Message_says_what_is_wrong()
    {
        var test = Test(
            "class Empty { }",
            """
            {|#0:capture M:Vendor.Face.FaceClient.Nope|}
            capture M:Vendor.Face.FaceClient.Ping
            {|#1:capture M:Vendor.Face.FaceClient.Ping|}
            {|#2:scan M:Vendor.Face.FaceClient.Ping|}
            """);
        return test.RunWithAsync(
            new DiagnosticResult(Descriptors.InvalidApiListEntry).WithLocation(0)
                .WithArguments("'M:Vendor.Face.FaceClient.Nope' names no method of the compilation"),
            new DiagnosticResult(Descriptors.InvalidApiListEntry).WithLocation(1)
                .WithArguments("'M:Vendor.Face.FaceClient.Ping' repeats the entry on line 2 of /0/BiometricApis.txt"),
            new DiagnosticResult(Descriptors.InvalidApiListEntry).WithLocation(2)
                .WithArguments("'scan' is neither 'capture' nor 'check'"));
    }

    [Fact]
    public Task Several_files_are_merged_and_duplicates_across_files_are_reported()
        => Test(
            """
            using Vendor.Face;
            class Kiosk
            {
                void Run(FaceClient client)
                {
                    {|BIO1001:client.Detect(new byte[0])|};
                    {|BIO1001:client.Ping()|};
                }
            }
            """,
            "capture M:Vendor.Face.FaceClient.Detect\n",
            "capture M:Vendor.Face.FaceClient.Ping\n{|BIO1008:capture M:Vendor.Face.FaceClient.Detect|}\n").RunWithAsync();

    [Fact]
    public Task An_empty_list_file_keeps_the_analyzer_quiet()
        => Test("class Empty { void M() { } }", "# nothing yet\n").RunWithAsync();

    [Fact]
    public void Resolution_handles_generic_and_constructor_ids()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "x",
            new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace N { public class C<T> { public C() { } public void M<U>(U u) { } public void M() { } } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
        Assert.Equal(2, ApiList.ApiListSet.Resolve("M:N.C`1.M", compilation).Length);
        Assert.Single(ApiList.ApiListSet.Resolve("M:N.C`1.M``1", compilation));
        Assert.Single(ApiList.ApiListSet.Resolve("M:N.C`1.M()", compilation));
        Assert.Single(ApiList.ApiListSet.Resolve("M:N.C`1.#ctor", compilation));
        Assert.Single(ApiList.ApiListSet.Resolve("M:N.C`1.M``1(``0)", compilation));
        Assert.Empty(ApiList.ApiListSet.Resolve("M:N.C`1.M``x", compilation));
        Assert.Empty(ApiList.ApiListSet.Resolve("M:.", compilation));
    }
}
