using System.Linq;
using System.Text;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Azure.AI.Vision.Face, read from github.com/Azure/azure-sdk-for-net <c>sdk/face/Azure.AI.Vision.Face</c>: the public
/// API listing <c>api/Azure.AI.Vision.Face.netstandard2.0.cs</c> of the 1.0.0-beta.2 line (LargeFaceList,
/// LargePersonGroup, session images), and the generated and hand-written clients of the main-branch iterations with
/// Person Directory, Face List and Person Group clients (<c>src/FaceListClient.cs</c>, <c>src/PersonGroupClient.cs</c>,
/// the Person Directory samples and <c>Generated/Docs/FaceAdministrationClient.xml</c>). Every operation comes as
/// <c>X</c> and <c>XAsync</c>, each with a convenience and a protocol overload; one overload per name stands for them
/// here, since the catalog matches names.
/// </summary>
internal static class AzureVisionFaceVersions
{
    internal static readonly SdkVersion Beta2 = Version(
        "1.0.0-beta.2",
        "api/Azure.AI.Vision.Face.netstandard2.0.cs (1.0.0-beta.2, CHANGELOG 2024-10-23)",
        ("FaceClient", new[] { "Detect", "FindSimilar", "FindSimilarFromLargeFaceList", "Group", "IdentifyFromLargePersonGroup", "VerifyFaceToFace", "VerifyFromLargePersonGroup" }, new string[0]),
        ("FaceSessionClient", new[] { "CreateLivenessSession", "CreateLivenessWithVerifySession", "DetectFromSessionImage" }, new[]
        {
            "DeleteLivenessSession", "DeleteLivenessWithVerifySession", "GetLivenessSessionAuditEntries", "GetLivenessSessionResult",
            "GetLivenessSessions", "GetLivenessWithVerifySessionAuditEntries", "GetLivenessWithVerifySessionResult",
            "GetLivenessWithVerifySessions", "GetSessionImage",
        }),
        ("LargeFaceListClient", new[] { "AddFace" }, new[]
        {
            "Create", "Delete", "DeleteFace", "GetFace", "GetFaces", "GetLargeFaceList", "GetLargeFaceLists", "GetTrainingStatus", "Train", "Update", "UpdateFace",
        }),
        ("LargePersonGroupClient", new[] { "AddFace" }, new[]
        {
            "Create", "CreatePerson", "Delete", "DeleteFace", "DeletePerson", "GetFace", "GetLargePersonGroup", "GetLargePersonGroups", "GetPerson",
            "GetPersons", "GetTrainingStatus", "Train", "Update", "UpdateFace", "UpdatePerson",
        }),
        ("FaceAdministrationClient", new string[0], new[] { "GetLargeFaceListClient", "GetLargePersonGroupClient" }));

    internal static readonly SdkVersion MainIterations = Version(
        "main (Person Directory)",
        "src/FaceListClient.cs, src/PersonGroupClient.cs, Generated/Docs/FaceAdministrationClient.xml, samples Sample2_PersonDirectory*.md",
        ("FaceClient", new[]
        {
            "Detect", "DetectFromUrl", "FindSimilar", "Group", "IdentifyFromPersonDirectory", "IdentifyFromEntirePersonDirectory",
            "IdentifyFromDynamicPersonGroup", "VerifyFaceToFace", "VerifyFromPersonDirectory",
        }, new string[0]),
        // AddFaceFromUrl: the operations AddLargeFaceListFaceFromUrl / AddLargePersonGroupPersonFaceFromUrl of those
        // iterations (their request types are in src/Generated); 1.0.0-beta.2 folds them into AddFace(Uri).
        ("LargeFaceListClient", new[] { "AddFace", "AddFaceFromUrl" }, new string[0]),
        ("LargePersonGroupClient", new[] { "AddFace", "AddFaceFromUrl" }, new string[0]),
        ("FaceListClient", new[] { "AddFace" }, new string[0]),
        ("PersonGroupClient", new[] { "AddFace" }, new string[0]),
        // AddPersonFace: the image-content form of the TypeSpec operation addPersonFace (the samples call its URL form).
        ("FaceAdministrationClient", new[] { "AddPersonFace", "AddPersonFaceFromUrl" }, new[]
        {
            "CreatePerson", "DeletePerson", "CreateDynamicPersonGroupWithPerson", "UpdateDynamicPersonGroupWithPersonChanges",
            "GetDynamicPersonGroupReferences", "CreateFaceList", "DeleteFaceList", "GetFaceList", "GetFaceLists", "UpdateFaceList",
        }));

    /// <summary>Both.</summary>
    internal static readonly SdkVersion[] All = { Beta2, MainIterations };

    private static SdkVersion Version(string version, string checkedAgainst, params (string Client, string[] Captures, string[] NonCaptures)[] clients)
    {
        var stub = new StringBuilder(@"
namespace Azure
{
    public class Response { }
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
}
namespace Azure.AI.Vision.Face
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;
");
        var consumer = new StringBuilder(@"
using System;
using System.Threading.Tasks;
using Azure;
using Azure.AI.Vision.Face;
class Consumer
{
    async Task Run(Uri endpoint, AzureKeyCredential key, System.IO.Stream image)
    {
");
        foreach (var (client, captures, nonCaptures) in clients)
        {
            var variable = char.ToLowerInvariant(client[0]) + client.Substring(1);
            stub.Append("    public partial class ").Append(client).Append("\n    {\n        protected ").Append(client).Append("() { }\n        public ")
                .Append(client).Append("(Uri endpoint, Azure.AzureKeyCredential credential) { }\n");
            consumer.Append("        var ").Append(variable).Append(" = new ").Append(client).Append("(endpoint, key);\n");
            foreach (var method in captures.Concat(nonCaptures))
            {
                var marker = captures.Contains(method) ? SdkVersion.Marker : string.Empty;
                stub.Append("        public virtual Azure.Response ").Append(method).Append("(System.IO.Stream content, CancellationToken cancellationToken = default) => null!;\n");
                consumer.Append("        ").Append(marker).Append(variable).Append('.').Append(method).Append("(image);\n");

                // The administration client's sub-client getters have no async form.
                if (!method.EndsWith("Client", System.StringComparison.Ordinal))
                {
                    stub.Append("        public virtual Task<Azure.Response> ").Append(method).Append("Async(System.IO.Stream content, CancellationToken cancellationToken = default) => null!;\n");
                    consumer.Append("        await ").Append(marker).Append(variable).Append('.').Append(method).Append("Async(image);\n");
                }
            }

            stub.Append("    }\n");
        }

        stub.Append("}\n");
        consumer.Append("    }\n}\n");
        return new SdkVersion("Azure Face", version, checkedAgainst, consumer.ToString(), ("Azure.AI.Vision.Face", stub.ToString()));
    }
}
