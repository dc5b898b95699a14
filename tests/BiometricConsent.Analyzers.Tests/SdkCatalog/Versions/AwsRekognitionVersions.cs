using System.Linq;
using System.Text;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// AWSSDK.Rekognition v3 and v4. The clients are generated from the service model rekognition-2016-06-27: its 75
/// operations were read from every commit of botocore's copy of that model (6a297edcf, 2016-11-30, to 0e6e2404b,
/// 2026-08-07; none was ever removed), the method shapes from github.com/aws/aws-sdk-net
/// (<c>sdk/src/Services/Rekognition/Generated/_bcl35</c>, <c>_bcl45</c>, <c>_netstandard</c> in v3; <c>_bcl</c>,
/// <c>_netstandard</c> in v4). Every operation X is <c>XResponse X(XRequest)</c> (.NET Framework builds) and
/// <c>Task&lt;XResponse&gt; XAsync(XRequest, CancellationToken)</c>; v3's .NET 3.5 build has <c>BeginX</c>/<c>EndX</c>
/// instead of the task form. All of them on <c>IAmazonRekognition</c> and on <c>AmazonRekognitionClient</c>.
/// </summary>
internal static class AwsRekognitionVersions
{
    // Operations that send a face image or a stored face to the face models, or start a face analysis of a video.
    private static readonly string[] Captures =
    {
        "CompareFaces", "CreateFaceLivenessSession", "DetectFaces", "IndexFaces", "RecognizeCelebrities", "SearchFaces",
        "SearchFacesByImage", "SearchUsers", "SearchUsersByImage", "StartCelebrityRecognition", "StartFaceDetection",
        "StartFaceSearch", "StartStreamProcessor",
    };

    // Collections, users, stored faces, projects and datasets; results of jobs already started; operations on
    // labels, text, moderation, segments, protective equipment and person paths.
    private static readonly string[] NonCaptures =
    {
        "AssociateFaces", "CopyProjectVersion", "CreateCollection", "CreateDataset", "CreateProject", "CreateProjectVersion",
        "CreateStreamProcessor", "CreateUser", "DeleteCollection", "DeleteDataset", "DeleteFaces", "DeleteProject",
        "DeleteProjectPolicy", "DeleteProjectVersion", "DeleteStreamProcessor", "DeleteUser", "DescribeCollection",
        "DescribeDataset", "DescribeProjectVersions", "DescribeProjects", "DescribeStreamProcessor", "DetectCustomLabels",
        "DetectLabels", "DetectModerationLabels", "DetectProtectiveEquipment", "DetectText", "DisassociateFaces",
        "DistributeDatasetEntries", "GetCelebrityInfo", "GetCelebrityRecognition", "GetContentModeration", "GetFaceDetection",
        "GetFaceLivenessSessionResults", "GetFaceSearch", "GetLabelDetection", "GetMediaAnalysisJob", "GetPersonTracking",
        "GetSegmentDetection", "GetTextDetection", "ListCollections", "ListDatasetEntries", "ListDatasetLabels", "ListFaces",
        "ListMediaAnalysisJobs", "ListProjectPolicies", "ListStreamProcessors", "ListTagsForResource", "ListUsers",
        "PutProjectPolicy", "StartContentModeration", "StartLabelDetection", "StartMediaAnalysisJob", "StartPersonTracking",
        "StartProjectVersion", "StartSegmentDetection", "StartTextDetection", "StopProjectVersion", "StopStreamProcessor",
        "TagResource", "UntagResource", "UpdateDatasetEntries", "UpdateStreamProcessor",
    };

    internal static readonly SdkVersion V3 = Version("3.x", "aws-sdk-net v3 (_bcl35, _bcl45, _netstandard), botocore 6a297edcf to 0e6e2404b", withBeginEnd: true);

    internal static readonly SdkVersion V4 = Version("4.x", "aws-sdk-net v4 (_bcl, _netstandard; commit d416dd828d), botocore 6a297edcf to 0e6e2404b", withBeginEnd: false);

    /// <summary>Both major versions.</summary>
    internal static readonly SdkVersion[] All = { V3, V4 };

    private static SdkVersion Version(string version, string checkedAgainst, bool withBeginEnd)
    {
        const string Core = @"
namespace Amazon.Runtime
{
    public interface IAmazonService { }
    public abstract class AmazonServiceClient : System.IDisposable { public void Dispose() { } }
    public class AWSCredentials { }
}";
        var models = new StringBuilder("namespace Amazon.Rekognition.Model\n{\n");
        var api = new StringBuilder();
        var consumer = new StringBuilder(@"
using System.Threading.Tasks;
using Amazon.Rekognition;
using Amazon.Rekognition.Model;
class Consumer
{
    async Task Run(Amazon.Runtime.AWSCredentials credentials, IAmazonRekognition rekognition)
    {
        using var client = new AmazonRekognitionClient(credentials);
");
        foreach (var operation in Captures.Concat(NonCaptures).OrderBy(name => name, System.StringComparer.Ordinal))
        {
            var marker = Captures.Contains(operation) ? SdkVersion.Marker : string.Empty;
            models.Append("    public class ").Append(operation).Append("Request { }\n");
            models.Append("    public class ").Append(operation).Append("Response { }\n");
            api.Append("        ").Append(operation).Append("Response ").Append(operation).Append('(').Append(operation).Append("Request request)BODY\n");
            api.Append("        Task<").Append(operation).Append("Response> ").Append(operation).Append("Async(").Append(operation)
                .Append("Request request, CancellationToken cancellationToken = default)BODY\n");
            if (withBeginEnd)
            {
                api.Append("        IAsyncResult Begin").Append(operation).Append('(').Append(operation).Append("Request request, AsyncCallback callback, object state)BODY\n");
                api.Append("        ").Append(operation).Append("Response End").Append(operation).Append("(IAsyncResult asyncResult)BODY\n");
            }

            foreach (var receiver in new[] { "client", "rekognition" })
            {
                consumer.Append("        ").Append(marker).Append(receiver).Append('.').Append(operation).Append("(new ").Append(operation).Append("Request());\n");
                consumer.Append("        await ").Append(marker).Append(receiver).Append('.').Append(operation).Append("Async(new ").Append(operation).Append("Request());\n");
                if (withBeginEnd)
                {
                    consumer.Append("        ").Append(receiver).Append(".End").Append(operation).Append('(').Append(marker).Append(receiver)
                        .Append(".Begin").Append(operation).Append("(new ").Append(operation).Append("Request(), null!, null!));\n");
                }
            }
        }

        models.Append("}\n");
        consumer.Append("    }\n}\n");
        var members = api.ToString();
        var client = @"
namespace Amazon.Rekognition
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.Rekognition.Model;
    public partial interface IAmazonRekognition : Amazon.Runtime.IAmazonService, IDisposable
    {
" + members.Replace("BODY", ";") + @"    }
    public partial class AmazonRekognitionClient : Amazon.Runtime.AmazonServiceClient, IAmazonRekognition
    {
        public AmazonRekognitionClient() { }
        public AmazonRekognitionClient(Amazon.Runtime.AWSCredentials credentials) { }
" + members.Replace("        ", "        public virtual ").Replace("BODY", " => null!;") + @"    }
}";
        return new SdkVersion("AWS Rekognition", version, checkedAgainst, consumer.ToString(), ("AWSSDK.Core", Core), ("AWSSDK.Rekognition", models + client));
    }
}
