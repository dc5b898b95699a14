using System.Linq;
using System.Text;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Microsoft.Azure.CognitiveServices.Vision.Face (2.0.0-preview to 2.8.0-preview.3), the AutoRest-generated legacy SDK.
/// Each operation group is an interface <c>IX</c> with <c>…WithHttpMessagesAsync</c> methods, its implementation
/// <c>X</c> and a static class <c>XExtensions</c> with one <c>…Async</c> extension per operation (no synchronous forms).
/// Read from <c>Generated/IFaceOperations.cs</c>, <c>Generated/IPersonDirectory.cs</c> and <c>Customizations/*.cs</c> of
/// <c>sdk/cognitiveservices/Vision.Face/src</c> in github.com/Azure/azure-sdk-for-net at 20a8b357 (2.8.0-preview.3; the
/// directory also at 8b9372b1) and the ECMAXML of <c>FaceOperationsExtensions</c> in github.com/Azure/azure-docs-sdk-dotnet;
/// the other groups' operations are named one to one after the Face REST API 1.0 groups (docs/sdk-catalog.md says what
/// was not read). PersonDirectory arrived with 2.7. Parameter lists drift between previews and are simplified here (the
/// catalog matches names).
/// </summary>
internal static class AzureFaceLegacyVersions
{
    /// <summary>One operation group: its interface, implementation and extension class names, and its operations.</summary>
    private sealed record Group(string Interface, string Implementation, string ClientProperty, string[] Captures, string[] NonCaptures);

    private static readonly Group[] Groups2x =
    {
        // Detection, identification, verification, similarity and grouping all go through the face service.
        new Group("IFaceOperations", "FaceOperations", "Face", new[] { "DetectWithStream", "DetectWithUrl", "Identify", "VerifyFaceToFace", "VerifyFaceToPerson", "FindSimilar", "Group" }, new string[0]),
        new Group("IPersonGroupPerson", "PersonGroupPerson", "PersonGroupPerson", new[] { "AddFaceFromStream", "AddFaceFromUrl" }, new[] { "Create", "List", "Delete", "Get", "Update", "GetFace", "UpdateFace", "DeleteFace" }),
        new Group("IPersonGroupOperations", "PersonGroupOperations", "PersonGroup", new string[0], new[] { "Create", "Delete", "Get", "Update", "GetTrainingStatus", "List", "Train" }),
        new Group("IFaceListOperations", "FaceListOperations", "FaceList", new[] { "AddFaceFromStream", "AddFaceFromUrl" }, new[] { "Create", "Get", "Update", "Delete", "List", "DeleteFace" }),
        new Group("ILargePersonGroupPerson", "LargePersonGroupPerson", "LargePersonGroupPerson", new[] { "AddFaceFromStream", "AddFaceFromUrl" }, new[] { "Create", "List", "Delete", "Get", "Update", "GetFace", "UpdateFace", "DeleteFace" }),
        new Group("ILargePersonGroupOperations", "LargePersonGroupOperations", "LargePersonGroup", new string[0], new[] { "Create", "Delete", "Get", "Update", "GetTrainingStatus", "List", "Train" }),
        new Group("ILargeFaceListOperations", "LargeFaceListOperations", "LargeFaceList", new[] { "AddFaceFromStream", "AddFaceFromUrl" }, new[] { "Create", "Get", "Update", "Delete", "GetTrainingStatus", "List", "Train", "DeleteFace", "GetFace", "UpdateFace", "ListFaces" }),
        // Snapshots copy stored groups and lists between subscriptions: no image is sent.
        new Group("ISnapshotOperations", "SnapshotOperations", "Snapshot", new string[0], new[] { "Take", "Apply", "List", "Get", "Update", "Delete", "GetOperationStatus" }),
    };

    // 2.7 and 2.8 add PersonDirectory: persons, their faces and dynamic person groups.
    private static readonly Group PersonDirectory = new Group(
        "IPersonDirectory",
        "PersonDirectory",
        "PersonDirectory",
        new[] { "AddPersonFaceFromStream", "AddPersonFaceFromUrl" },
        new[]
        {
            "GetPersons", "CreatePerson", "UpdatePerson", "DeletePerson", "GetPerson", "GetPersonFaces", "DeletePersonFace", "GetPersonFace", "UpdatePersonFace",
            "CreateDynamicPersonGroup", "UpdateDynamicPersonGroup", "GetDynamicPersonGroup", "DeleteDynamicPersonGroup", "ListDynamicPersonGroupPersons",
            "ListDynamicPersonGroups", "ListDynamicPersonGroupPersonReferences",
        });

    internal static readonly SdkVersion V20 = Build("2.0.0-preview to 2.6.0-preview.1", "IFaceOperations.cs at 20a8b357; the other groups after the Face REST API 1.0 operation groups; no PersonDirectory", Groups2x);

    internal static readonly SdkVersion V27 = Build("2.7.0-preview.1 to 2.8.0-preview.3", "IFaceOperations.cs, IPersonDirectory.cs and Customizations at 20a8b357 (IPersonDirectory also at 8b9372b1)", Groups2x.Append(PersonDirectory).ToArray());

    /// <summary>Before and after PersonDirectory.</summary>
    internal static readonly SdkVersion[] All = { V20, V27 };

    private static SdkVersion Build(string version, string checkedAgainst, Group[] groups)
    {
        var stub = new StringBuilder(@"
namespace Microsoft.Azure.CognitiveServices.Vision.Face.Models
{
    public class Emotion { public double Anger { get; set; } }
}
namespace Microsoft.Azure.CognitiveServices.Vision.Face
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Threading;
    using System.Threading.Tasks;
    using Microsoft.Azure.CognitiveServices.Vision.Face.Models;
    public class HttpOperationResponse<T> { public T Body { get; set; } = default!; }
    public static partial class EmotionExtensions
    {
        public static IEnumerable<KeyValuePair<string, double>> ToRankedList(this Emotion emotionScores) => null!;
    }
");
        var consumer = new StringBuilder(@"
using System.IO;
using System.Threading.Tasks;
using Microsoft.Azure.CognitiveServices.Vision.Face;
using Microsoft.Azure.CognitiveServices.Vision.Face.Models;
class Consumer
{
    async Task Run(IFaceClient faceClient, Stream image, Emotion emotion)
    {
        using var client = new FaceClient(new System.Uri(""https://example.cognitiveservices.azure.com/""));
        emotion.ToRankedList();
");
        var clientInterface = new StringBuilder("    public interface IFaceClient : IDisposable\n    {\n        Uri Endpoint { get; set; }\n");
        var clientClass = new StringBuilder("    public partial class FaceClient : IFaceClient\n    {\n        public FaceClient(Uri endpoint) { }\n        public Uri Endpoint { get; set; } = null!;\n        public void Dispose() { }\n");
        foreach (var group in groups)
        {
            var operations = group.Captures.Concat(group.NonCaptures).ToArray();
            stub.Append("    public partial interface ").Append(group.Interface).Append("\n    {\n");
            foreach (var operation in operations)
            {
                stub.Append("        Task<HttpOperationResponse<object>> ").Append(operation).Append("WithHttpMessagesAsync(Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);\n");
            }

            stub.Append("    }\n    public partial class ").Append(group.Implementation).Append(" : ").Append(group.Interface).Append("\n    {\n        public ").Append(group.Implementation).Append("(FaceClient client) { }\n        public FaceClient Client { get; private set; } = null!;\n");
            foreach (var operation in operations)
            {
                stub.Append("        public Task<HttpOperationResponse<object>> ").Append(operation).Append("WithHttpMessagesAsync(Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default) => null!;\n");
            }

            stub.Append("    }\n    public static partial class ").Append(group.Implementation).Append("Extensions\n    {\n");
            foreach (var operation in operations)
            {
                stub.Append("        public static Task<object> ").Append(operation).Append("Async(this ").Append(group.Interface).Append(" operations, Stream image, CancellationToken cancellationToken = default) => null!;\n");
            }

            stub.Append("    }\n");
            clientInterface.Append("        ").Append(group.Interface).Append(' ').Append(group.ClientProperty).Append(" { get; }\n");
            clientClass.Append("        public virtual ").Append(group.Interface).Append(' ').Append(group.ClientProperty).Append(" { get; private set; } = null!;\n");

            // Through the client's property (what applications write), the raw interface, and the implementation class.
            var local = char.ToLowerInvariant(group.Implementation[0]) + group.Implementation.Substring(1);
            consumer.Append("        var ").Append(local).Append(" = new ").Append(group.Implementation).Append("(client);\n");
            foreach (var operation in operations)
            {
                var marker = group.Captures.Contains(operation) ? SdkVersion.Marker : string.Empty;
                consumer.Append("        await ").Append(marker).Append("faceClient.").Append(group.ClientProperty).Append('.').Append(operation).Append("Async(image);\n");
                consumer.Append("        await ").Append(marker).Append("faceClient.").Append(group.ClientProperty).Append('.').Append(operation).Append("WithHttpMessagesAsync(image);\n");
                consumer.Append("        await ").Append(marker).Append(local).Append('.').Append(operation).Append("WithHttpMessagesAsync(image);\n");
            }
        }

        stub.Append(clientInterface).Append("    }\n").Append(clientClass).Append("    }\n}\n");
        consumer.Append("    }\n}\n");
        return new SdkVersion("Azure Face (legacy)", version, checkedAgainst, consumer.ToString(), ("Microsoft.Azure.CognitiveServices.Vision.Face", stub.ToString()));
    }
}
