using System.Linq;
using System.Text;

namespace BiometricConsent.Analyzers.Tests.SdkCatalog.Versions;

/// <summary>
/// Microsoft.ProjectOxford.Face, read from every commit of <c>ClientLibrary/IFaceServiceClient.cs</c> and
/// <c>ClientLibrary/FaceServiceClient.cs</c> in github.com/microsoft/Cognitive-Face-Windows (a9f295c, 2016-06-02, to
/// a8e0448, 2021-11-08; tags 1.2.5, 1.3.0, 1.4.0): the union of their methods, one overload per name (the catalog
/// matches names), on the interface and on the client.
/// </summary>
internal static class ProjectOxfordVersions
{
    // Detection, identification, verification, similarity and grouping through the service, and adding face images.
    private static readonly string[] Captures =
    {
        "DetectAsync", "IdentifyAsync", "VerifyAsync", "FindSimilarAsync", "GroupAsync", "AddPersonFaceAsync", "AddPersonFaceInPersonGroupAsync",
        "AddPersonFaceInLargePersonGroupAsync", "AddFaceToFaceListAsync", "AddFaceToLargeFaceListAsync",
    };

    // Creating, reading, listing, updating, training and deleting groups, persons, lists and stored faces.
    private static readonly string[] NonCaptures =
    {
        "CreateFaceListAsync", "CreateLargeFaceListAsync", "CreateLargePersonGroupAsync", "CreatePersonAsync", "CreatePersonGroupAsync",
        "CreatePersonInLargePersonGroupAsync", "CreatePersonInPersonGroupAsync", "DeleteFaceFromFaceListAsync", "DeleteFaceFromLargeFaceListAsync",
        "DeleteFaceListAsync", "DeleteLargeFaceListAsync", "DeleteLargePersonGroupAsync", "DeletePersonAsync", "DeletePersonFaceAsync",
        "DeletePersonFaceFromLargePersonGroupAsync", "DeletePersonFaceFromPersonGroupAsync", "DeletePersonFromLargePersonGroupAsync",
        "DeletePersonFromPersonGroupAsync", "DeletePersonGroupAsync", "GetFaceInLargeFaceListAsync", "GetFaceListAsync", "GetLargeFaceListAsync",
        "GetLargeFaceListTrainingStatusAsync", "GetLargePersonGroupAsync", "GetLargePersonGroupTrainingStatusAsync", "GetPersonAsync",
        "GetPersonFaceAsync", "GetPersonFaceInLargePersonGroupAsync", "GetPersonFaceInPersonGroupAsync", "GetPersonGroupAsync",
        "GetPersonGroupTrainingStatusAsync", "GetPersonGroupsAsync", "GetPersonInLargePersonGroupAsync", "GetPersonInPersonGroupAsync",
        "GetPersonsAsync", "ListFaceListsAsync", "ListFacesInLargeFaceListAsync", "ListLargeFaceListsAsync", "ListLargePersonGroupsAsync",
        "ListPersonGroupsAsync", "ListPersonsAsync", "ListPersonsInLargePersonGroupAsync", "ListPersonsInPersonGroupAsync", "TrainLargeFaceListAsync",
        "TrainLargePersonGroupAsync", "TrainPersonGroupAsync", "UpdateFaceInLargeFaceListAsync", "UpdateFaceListAsync", "UpdateLargeFaceListAsync",
        "UpdateLargePersonGroupAsync", "UpdatePersonAsync", "UpdatePersonFaceAsync", "UpdatePersonFaceInLargePersonGroupAsync",
        "UpdatePersonFaceInPersonGroupAsync", "UpdatePersonGroupAsync", "UpdatePersonInLargePersonGroupAsync", "UpdatePersonInPersonGroupAsync",
    };

    internal static readonly SdkVersion V1 = Build();

    /// <summary>The one version line.</summary>
    internal static readonly SdkVersion[] All = { V1 };

    private static SdkVersion Build()
    {
        var api = new StringBuilder();
        var consumer = new StringBuilder(@"
using System.IO;
using System.Threading.Tasks;
using Microsoft.ProjectOxford.Face;
class Consumer
{
    async Task Run(IFaceServiceClient service, Stream image)
    {
        using var client = new FaceServiceClient(""key"");
        FaceServiceClient.GetAttributeString(new string[0]);
");
        foreach (var method in Captures.Concat(NonCaptures))
        {
            var marker = Captures.Contains(method) ? SdkVersion.Marker : string.Empty;
            api.Append("        Task<object> ").Append(method).Append("(Stream image)BODY\n");
            consumer.Append("        await ").Append(marker).Append("client.").Append(method).Append("(image);\n");
            consumer.Append("        await ").Append(marker).Append("service.").Append(method).Append("(image);\n");
        }

        consumer.Append("    }\n}\n");
        var members = api.ToString();
        var stub = @"
namespace Microsoft.ProjectOxford.Face
{
    using System;
    using System.Collections.Generic;
    using System.IO;
    using System.Threading.Tasks;
    public interface IFaceServiceClient
    {
" + members.Replace("BODY", ";") + @"    }
    public class FaceServiceClient : IDisposable, IFaceServiceClient
    {
        public FaceServiceClient(string subscriptionKey) { }
        public FaceServiceClient(string subscriptionKey, string apiRoot) { }
        public System.Net.Http.Headers.HttpRequestHeaders DefaultRequestHeaders => null!;
        // Public up to 2017: formats attribute names for the query string.
        public static string GetAttributeString(IEnumerable<string> types) => """";
        public void Dispose() { }
" + members.Replace("        Task", "        public virtual Task").Replace("BODY", " => null!;") + @"    }
}";
        return new SdkVersion("Azure Face (Project Oxford)", "1.2.5-1.4.0", "every commit of ClientLibrary/IFaceServiceClient.cs and FaceServiceClient.cs, a9f295c to a8e0448", consumer.ToString(), ("Microsoft.ProjectOxford.Face", stub));
    }
}
