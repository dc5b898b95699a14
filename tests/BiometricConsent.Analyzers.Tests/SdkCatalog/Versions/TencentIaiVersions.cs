using System.Linq;
using System.Text;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Tencent Cloud IAI per API version, read from every commit of TencentCloud/Iai/V*/IaiClient.cs in
/// github.com/TencentCloud/tencentcloud-sdk-dotnet (V20180301 from 42fe9a35cc, 2019-01-25; V20200303 from
/// 63d7a03bea, 2020-06-01; both up to 1818f49c6d, SDK 3.0.1493). Every action X is generated as
/// <c>Task&lt;XResponse&gt; X(XRequest)</c> plus <c>XResponse XSync(XRequest)</c>; the stubs hold the union of the
/// actions over that history, since a removed action stays in the packages that had it.
/// </summary>
internal static class TencentIaiVersions
{
    // Actions on face images: detection, analysis, search, comparison, verification, liveness, enrolment.
    private static readonly string[] Captures2018 =
    {
        "DetectFace", "DetectFaceAttributes", "AnalyzeFace", "AnalyzeDenseLandmarks", "SearchFaces", "SearchFacesReturnsByGroup",
        "SearchPersons", "SearchPersonsReturnsByGroup", "CreatePerson", "CreateFace", "CompareFace", "VerifyFace", "VerifyPerson",
        "DetectLiveFace",
    };

    // Group and person management, the similar-person jobs on stored persons, face-model upgrades of stored groups.
    private static readonly string[] NonCaptures =
    {
        "CreateGroup", "DeleteGroup", "ModifyGroup", "GetGroupList", "GetGroupInfo", "DeleteFace", "DeletePerson", "DeletePersonFromGroup",
        "GetPersonList", "GetPersonListNum", "GetPersonBaseInfo", "GetPersonGroupInfo", "ModifyPersonBaseInfo", "ModifyPersonGroupInfo",
        "CopyPerson", "CheckSimilarPerson", "EstimateCheckSimilarPersonCostTime", "GetCheckSimilarPersonJobIdList", "GetSimilarPersonResult",
        "UpgradeGroupFaceModelVersion", "RevertGroupFaceModelVersion", "GetUpgradeGroupFaceModelVersionJobList",
        "GetUpgradeGroupFaceModelVersionResult",
    };

    internal static readonly SdkVersion V20180301 = Version("V20180301", "42fe9a35cc (2019-01-25) to 1818f49c6d (3.0.1493)", Captures2018);

    internal static readonly SdkVersion V20200303 = Version(
        "V20200303",
        "63d7a03bea (2020-06-01) to 1818f49c6d (3.0.1493)",
        Captures2018.Concat(new[] { "CompareMaskFace", "DetectFaceSimilarity", "DetectLiveFaceAccurate" }).ToArray());

    /// <summary>Both API versions.</summary>
    internal static readonly SdkVersion[] All = { V20180301, V20200303 };

    private static SdkVersion Version(string apiVersion, string commits, string[] captures)
    {
        var stub = new StringBuilder(@"
namespace TencentCloud.Common
{
    public class Credential { }
    namespace Profile { public class ClientProfile { } }
    public class AbstractModel { }
    public class AbstractClient
    {
        public AbstractClient(string endpoint, string version, Credential credential, string region, Profile.ClientProfile profile) { }
        public string Region { get; set; } = """";
        public long ToTimestamp() => 0;
    }
}
namespace TencentCloud.Iai." + apiVersion + @".Models
{
");
        var client = new StringBuilder(@"
namespace TencentCloud.Iai." + apiVersion + @"
{
    using System.Threading.Tasks;
    using TencentCloud.Common;
    using TencentCloud.Common.Profile;
    using TencentCloud.Iai." + apiVersion + @".Models;
    public class IaiClient : AbstractClient
    {
        public IaiClient(Credential credential, string region) : base("""", """", credential, region, new ClientProfile()) { }
        public IaiClient(Credential credential, string region, ClientProfile profile) : base("""", """", credential, region, profile) { }
");
        var consumer = new StringBuilder(@"
using System.Threading.Tasks;
using TencentCloud.Common;
using TencentCloud.Iai." + apiVersion + @";
using TencentCloud.Iai." + apiVersion + @".Models;
class Consumer
{
    async Task Run(Credential credential)
    {
        var client = new IaiClient(credential, ""ap-guangzhou"");
        client.ToTimestamp();
");
        foreach (var action in captures.Concat(NonCaptures))
        {
            var marker = captures.Contains(action) ? SdkVersion.Marker : string.Empty;
            stub.Append("    public class ").Append(action).Append("Request : TencentCloud.Common.AbstractModel { }\n");
            stub.Append("    public class ").Append(action).Append("Response : TencentCloud.Common.AbstractModel { }\n");
            client.Append("        public Task<").Append(action).Append("Response> ").Append(action).Append('(').Append(action).Append("Request req) => null!;\n");
            client.Append("        public ").Append(action).Append("Response ").Append(action).Append("Sync(").Append(action).Append("Request req) => null!;\n");
            consumer.Append("        await ").Append(marker).Append("client.").Append(action).Append("(new ").Append(action).Append("Request());\n");
            consumer.Append("        ").Append(marker).Append("client.").Append(action).Append("Sync(new ").Append(action).Append("Request());\n");
        }

        stub.Append("}\n").Append(client).Append("    }\n}\n");
        consumer.Append("    }\n}\n");
        return new SdkVersion("Tencent Cloud IAI", apiVersion, "every commit of IaiClient.cs, " + commits, consumer.ToString(), ("TencentCloud.Iai", stub.ToString()));
    }
}
