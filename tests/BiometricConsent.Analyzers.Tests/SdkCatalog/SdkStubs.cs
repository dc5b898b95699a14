namespace BiometricConsent.Analyzers.Tests.SdkCatalog;

/// <summary>
/// Declarations shaped like the face SDKs that the local NuGet copy does not serve: same namespaces, type
/// names and member names as the packages' sources (docs/sdk-catalog.md), simplified parameter types. Each type
/// also declares members that are deliberately NOT captures, so the tests can check both directions.
/// </summary>
internal static class SdkStubs
{
    internal const string Source = @"
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Emgu.CV
{
    public interface IInputArray { }
    public interface IOutputArray { }
    public class CascadeClassifier
    {
        public CascadeClassifier() { }
        public CascadeClassifier(string fileName) { }
        public System.Drawing.Rectangle[] DetectMultiScale(IInputArray image, double scaleFactor = 1.1, int minNeighbors = 3) => null!;
    }
}

namespace Amazon.Rekognition.Model
{
    public class DetectFacesRequest { } public class DetectFacesResponse { }
    public class IndexFacesRequest { } public class IndexFacesResponse { }
    public class SearchFacesByImageRequest { } public class SearchFacesByImageResponse { }
    public class SearchFacesRequest { } public class SearchFacesResponse { }
    public class SearchUsersByImageRequest { } public class SearchUsersByImageResponse { }
    public class SearchUsersRequest { } public class SearchUsersResponse { }
    public class CompareFacesRequest { } public class CompareFacesResponse { }
    public class RecognizeCelebritiesRequest { } public class RecognizeCelebritiesResponse { }
    public class StartFaceDetectionRequest { } public class StartFaceDetectionResponse { }
    public class StartFaceSearchRequest { } public class StartFaceSearchResponse { }
    public class StartCelebrityRecognitionRequest { } public class StartCelebrityRecognitionResponse { }
    public class CreateFaceLivenessSessionRequest { } public class CreateFaceLivenessSessionResponse { }
    public class DeleteFacesRequest { } public class DeleteFacesResponse { }
    public class ListFacesRequest { } public class ListFacesResponse { }
    public class CreateCollectionRequest { } public class CreateCollectionResponse { }
    public class GetFaceDetectionRequest { } public class GetFaceDetectionResponse { }
    public class GetFaceLivenessSessionResultsRequest { } public class GetFaceLivenessSessionResultsResponse { }
    public class AssociateFacesRequest { } public class AssociateFacesResponse { }
}

namespace Amazon.Rekognition
{
    using Amazon.Rekognition.Model;

    public interface IAmazonRekognition
    {
        DetectFacesResponse DetectFaces(DetectFacesRequest request);
        Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default);
        IndexFacesResponse IndexFaces(IndexFacesRequest request);
        Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default);
        SearchFacesByImageResponse SearchFacesByImage(SearchFacesByImageRequest request);
        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default);
        SearchFacesResponse SearchFaces(SearchFacesRequest request);
        Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default);
        SearchUsersByImageResponse SearchUsersByImage(SearchUsersByImageRequest request);
        Task<SearchUsersByImageResponse> SearchUsersByImageAsync(SearchUsersByImageRequest request, CancellationToken cancellationToken = default);
        SearchUsersResponse SearchUsers(SearchUsersRequest request);
        Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest request, CancellationToken cancellationToken = default);
        CompareFacesResponse CompareFaces(CompareFacesRequest request);
        Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default);
        RecognizeCelebritiesResponse RecognizeCelebrities(RecognizeCelebritiesRequest request);
        Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default);
        StartFaceDetectionResponse StartFaceDetection(StartFaceDetectionRequest request);
        Task<StartFaceDetectionResponse> StartFaceDetectionAsync(StartFaceDetectionRequest request, CancellationToken cancellationToken = default);
        StartFaceSearchResponse StartFaceSearch(StartFaceSearchRequest request);
        Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default);
        StartCelebrityRecognitionResponse StartCelebrityRecognition(StartCelebrityRecognitionRequest request);
        Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default);
        CreateFaceLivenessSessionResponse CreateFaceLivenessSession(CreateFaceLivenessSessionRequest request);
        Task<CreateFaceLivenessSessionResponse> CreateFaceLivenessSessionAsync(CreateFaceLivenessSessionRequest request, CancellationToken cancellationToken = default);
        Task<DeleteFacesResponse> DeleteFacesAsync(DeleteFacesRequest request, CancellationToken cancellationToken = default);
        Task<ListFacesResponse> ListFacesAsync(ListFacesRequest request, CancellationToken cancellationToken = default);
        Task<CreateCollectionResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default);
        Task<GetFaceDetectionResponse> GetFaceDetectionAsync(GetFaceDetectionRequest request, CancellationToken cancellationToken = default);
        Task<GetFaceLivenessSessionResultsResponse> GetFaceLivenessSessionResultsAsync(GetFaceLivenessSessionResultsRequest request, CancellationToken cancellationToken = default);
        Task<AssociateFacesResponse> AssociateFacesAsync(AssociateFacesRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonRekognitionClient : IAmazonRekognition
    {
        public DetectFacesResponse DetectFaces(DetectFacesRequest request) => null!;
        public Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public IndexFacesResponse IndexFaces(IndexFacesRequest request) => null!;
        public Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public SearchFacesByImageResponse SearchFacesByImage(SearchFacesByImageRequest request) => null!;
        public Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default) => null!;
        public SearchFacesResponse SearchFaces(SearchFacesRequest request) => null!;
        public Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public SearchUsersByImageResponse SearchUsersByImage(SearchUsersByImageRequest request) => null!;
        public Task<SearchUsersByImageResponse> SearchUsersByImageAsync(SearchUsersByImageRequest request, CancellationToken cancellationToken = default) => null!;
        public SearchUsersResponse SearchUsers(SearchUsersRequest request) => null!;
        public Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest request, CancellationToken cancellationToken = default) => null!;
        public CompareFacesResponse CompareFaces(CompareFacesRequest request) => null!;
        public Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public RecognizeCelebritiesResponse RecognizeCelebrities(RecognizeCelebritiesRequest request) => null!;
        public Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default) => null!;
        public StartFaceDetectionResponse StartFaceDetection(StartFaceDetectionRequest request) => null!;
        public Task<StartFaceDetectionResponse> StartFaceDetectionAsync(StartFaceDetectionRequest request, CancellationToken cancellationToken = default) => null!;
        public StartFaceSearchResponse StartFaceSearch(StartFaceSearchRequest request) => null!;
        public Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default) => null!;
        public StartCelebrityRecognitionResponse StartCelebrityRecognition(StartCelebrityRecognitionRequest request) => null!;
        public Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default) => null!;
        public CreateFaceLivenessSessionResponse CreateFaceLivenessSession(CreateFaceLivenessSessionRequest request) => null!;
        public Task<CreateFaceLivenessSessionResponse> CreateFaceLivenessSessionAsync(CreateFaceLivenessSessionRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<DeleteFacesResponse> DeleteFacesAsync(DeleteFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<ListFacesResponse> ListFacesAsync(ListFacesRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<CreateCollectionResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<GetFaceDetectionResponse> GetFaceDetectionAsync(GetFaceDetectionRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<GetFaceLivenessSessionResultsResponse> GetFaceLivenessSessionResultsAsync(GetFaceLivenessSessionResultsRequest request, CancellationToken cancellationToken = default) => null!;
        public Task<AssociateFacesResponse> AssociateFacesAsync(AssociateFacesRequest request, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Azure.AI.Vision.Face
{
    public class Response<T> { }
    public class FaceDetectionResult { }
    public class FaceClient
    {
        public Response<IReadOnlyList<FaceDetectionResult>> Detect(Stream imageContent, string detectionModel, string recognitionModel, bool returnFaceId, CancellationToken cancellationToken = default) => null!;
        public Response<IReadOnlyList<FaceDetectionResult>> Detect(Uri url, string detectionModel, string recognitionModel, bool returnFaceId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(Stream imageContent, string detectionModel, string recognitionModel, bool returnFaceId, CancellationToken cancellationToken = default) => null!;
        public Response<IReadOnlyList<FaceDetectionResult>> DetectFromUrl(Uri url, string detectionModel, string recognitionModel, bool returnFaceId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectFromUrlAsync(Uri url, string detectionModel, string recognitionModel, bool returnFaceId, CancellationToken cancellationToken = default) => null!;
        public Response<object> IdentifyFromPersonDirectory(IEnumerable<Guid> faceIds, IEnumerable<Guid> personIds, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> IdentifyFromPersonDirectoryAsync(IEnumerable<Guid> faceIds, IEnumerable<Guid> personIds, CancellationToken cancellationToken = default) => null!;
        public Response<object> IdentifyFromLargePersonGroup(IEnumerable<Guid> faceIds, string largePersonGroupId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> IdentifyFromLargePersonGroupAsync(IEnumerable<Guid> faceIds, string largePersonGroupId, CancellationToken cancellationToken = default) => null!;
        public Response<object> IdentifyFromDynamicPersonGroup(IEnumerable<Guid> faceIds, string dynamicPersonGroupId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> IdentifyFromDynamicPersonGroupAsync(IEnumerable<Guid> faceIds, string dynamicPersonGroupId, CancellationToken cancellationToken = default) => null!;
        public Response<object> VerifyFaceToFace(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> VerifyFaceToFaceAsync(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null!;
        public Response<object> VerifyFromPersonDirectory(Guid faceId, Guid personId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> VerifyFromPersonDirectoryAsync(Guid faceId, Guid personId, CancellationToken cancellationToken = default) => null!;
        public Response<object> VerifyFromLargePersonGroup(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> VerifyFromLargePersonGroupAsync(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => null!;
        public Response<object> FindSimilar(Guid faceId, IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> FindSimilarAsync(Guid faceId, IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => null!;
        public Response<object> FindSimilarFromLargeFaceList(Guid faceId, string largeFaceListId, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> FindSimilarFromLargeFaceListAsync(Guid faceId, string largeFaceListId, CancellationToken cancellationToken = default) => null!;
        public Response<object> Group(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> GroupAsync(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => null!;
    }
    public class LargePersonGroupClient
    {
        public Response<object> Create(string name, CancellationToken cancellationToken = default) => null!;
        public Response<object> Delete(CancellationToken cancellationToken = default) => null!;
        public Response<object> Train(CancellationToken cancellationToken = default) => null!;
        public Response<object> AddFace(Guid personId, Stream imageContent, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> AddFaceAsync(Guid personId, Stream imageContent, CancellationToken cancellationToken = default) => null!;
        public Response<object> AddFaceFromUrl(Guid personId, Uri uri, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> AddFaceFromUrlAsync(Guid personId, Uri uri, CancellationToken cancellationToken = default) => null!;
        public Response<object> DeleteFace(Guid personId, Guid persistedFaceId, CancellationToken cancellationToken = default) => null!;
    }
    public class LargeFaceListClient
    {
        public Response<object> AddFace(Stream imageContent, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> AddFaceAsync(Stream imageContent, CancellationToken cancellationToken = default) => null!;
        public Response<object> AddFaceFromUrl(Uri uri, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> AddFaceFromUrlAsync(Uri uri, CancellationToken cancellationToken = default) => null!;
        public Response<object> DeleteFace(Guid persistedFaceId, CancellationToken cancellationToken = default) => null!;
    }
    public class FaceSessionClient
    {
        public Response<object> CreateLivenessSession(object content, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> CreateLivenessSessionAsync(object content, CancellationToken cancellationToken = default) => null!;
        public Response<object> CreateLivenessWithVerifySession(object content, CancellationToken cancellationToken = default) => null!;
        public Task<Response<object>> CreateLivenessWithVerifySessionAsync(object content, CancellationToken cancellationToken = default) => null!;
        public Response<object> GetLivenessSessionResult(string sessionId, CancellationToken cancellationToken = default) => null!;
        public Response<object> DeleteLivenessSession(string sessionId, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Microsoft.Azure.CognitiveServices.Vision.Face
{
    public class HttpOperationResponse<T> { }
    public interface IFaceOperations
    {
        Task<HttpOperationResponse<IList<object>>> DetectWithStreamWithHttpMessagesAsync(Stream image, bool? returnFaceId = true, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<object>>> DetectWithUrlWithHttpMessagesAsync(string url, bool? returnFaceId = true, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<object>>> IdentifyWithHttpMessagesAsync(IList<Guid> faceIds, string? personGroupId = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> VerifyFaceToFaceWithHttpMessagesAsync(Guid faceId1, Guid faceId2, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> VerifyFaceToPersonWithHttpMessagesAsync(Guid faceId, Guid personId, string? personGroupId = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<IList<object>>> FindSimilarWithHttpMessagesAsync(Guid faceId, string? faceListId = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> GroupWithHttpMessagesAsync(IList<Guid> faceIds, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class FaceOperationsExtensions
    {
        public static Task<IList<object>> DetectWithStreamAsync(this IFaceOperations operations, Stream image, bool? returnFaceId = true, CancellationToken cancellationToken = default) => null!;
        public static Task<IList<object>> DetectWithUrlAsync(this IFaceOperations operations, string url, bool? returnFaceId = true, CancellationToken cancellationToken = default) => null!;
        public static Task<IList<object>> IdentifyAsync(this IFaceOperations operations, IList<Guid> faceIds, string? personGroupId = null, CancellationToken cancellationToken = default) => null!;
        public static Task<object> VerifyFaceToFaceAsync(this IFaceOperations operations, Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null!;
        public static Task<object> VerifyFaceToPersonAsync(this IFaceOperations operations, Guid faceId, Guid personId, string? personGroupId = null, CancellationToken cancellationToken = default) => null!;
        public static Task<IList<object>> FindSimilarAsync(this IFaceOperations operations, Guid faceId, string? faceListId = null, CancellationToken cancellationToken = default) => null!;
        public static Task<object> GroupAsync(this IFaceOperations operations, IList<Guid> faceIds, CancellationToken cancellationToken = default) => null!;
    }
    public interface IPersonDirectory
    {
        Task<HttpOperationResponse<object>> CreatePersonWithHttpMessagesAsync(object body, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddPersonFaceFromUrlWithHttpMessagesAsync(Guid personId, string recognitionModel, string url, string? detectionModel = null, string? userData = null, string? targetFace = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddPersonFaceFromStreamWithHttpMessagesAsync(Guid personId, string recognitionModel, Stream image, string? detectionModel = null, string? userData = null, string? targetFace = null, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> DeletePersonFaceWithHttpMessagesAsync(Guid personId, string recognitionModel, Guid persistedFaceId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class PersonDirectoryExtensions
    {
        public static Task<IList<object>> GetPersonsAsync(this IPersonDirectory operations, Guid? start = null, string? top = null, CancellationToken cancellationToken = default) => null!;
        public static Task<object> CreatePersonAsync(this IPersonDirectory operations, object body, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddPersonFaceFromUrlAsync(this IPersonDirectory operations, Guid personId, string recognitionModel, string url, string? detectionModel = null, string? userData = null, string? targetFace = null, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddPersonFaceFromStreamAsync(this IPersonDirectory operations, Guid personId, string recognitionModel, Stream image, string? detectionModel = null, string? userData = null, string? targetFace = null, CancellationToken cancellationToken = default) => null!;
        public static Task<object> DeletePersonFaceAsync(this IPersonDirectory operations, Guid personId, string recognitionModel, Guid persistedFaceId, CancellationToken cancellationToken = default) => null!;
        public static Task<object> CreateDynamicPersonGroupAsync(this IPersonDirectory operations, string dynamicPersonGroupId, object body, CancellationToken cancellationToken = default) => null!;
    }
    public interface IPersonGroupPerson
    {
        Task<HttpOperationResponse<object>> AddFaceFromStreamWithHttpMessagesAsync(string personGroupId, Guid personId, Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddFaceFromUrlWithHttpMessagesAsync(string personGroupId, Guid personId, string url, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> DeleteFaceWithHttpMessagesAsync(string personGroupId, Guid personId, Guid persistedFaceId, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class PersonGroupPersonExtensions
    {
        public static Task<object> AddFaceFromStreamAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, Stream image, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddFaceFromUrlAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, string url, CancellationToken cancellationToken = default) => null!;
        public static Task<object> CreateAsync(this IPersonGroupPerson operations, string personGroupId, string? name = null, CancellationToken cancellationToken = default) => null!;
        public static Task DeleteFaceAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, Guid persistedFaceId, CancellationToken cancellationToken = default) => null!;
    }
    public interface ILargePersonGroupPerson
    {
        Task<HttpOperationResponse<object>> AddFaceFromStreamWithHttpMessagesAsync(string largePersonGroupId, Guid personId, Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddFaceFromUrlWithHttpMessagesAsync(string largePersonGroupId, Guid personId, string url, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class LargePersonGroupPersonExtensions
    {
        public static Task<object> AddFaceFromStreamAsync(this ILargePersonGroupPerson operations, string largePersonGroupId, Guid personId, Stream image, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddFaceFromUrlAsync(this ILargePersonGroupPerson operations, string largePersonGroupId, Guid personId, string url, CancellationToken cancellationToken = default) => null!;
    }
    public interface IFaceListOperations
    {
        Task<HttpOperationResponse<object>> AddFaceFromStreamWithHttpMessagesAsync(string faceListId, Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddFaceFromUrlWithHttpMessagesAsync(string faceListId, string url, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class FaceListOperationsExtensions
    {
        public static Task<object> AddFaceFromStreamAsync(this IFaceListOperations operations, string faceListId, Stream image, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddFaceFromUrlAsync(this IFaceListOperations operations, string faceListId, string url, CancellationToken cancellationToken = default) => null!;
        public static Task DeleteAsync(this IFaceListOperations operations, string faceListId, CancellationToken cancellationToken = default) => null!;
    }
    public interface ILargeFaceListOperations
    {
        Task<HttpOperationResponse<object>> AddFaceFromStreamWithHttpMessagesAsync(string largeFaceListId, Stream image, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
        Task<HttpOperationResponse<object>> AddFaceFromUrlWithHttpMessagesAsync(string largeFaceListId, string url, Dictionary<string, List<string>>? customHeaders = null, CancellationToken cancellationToken = default);
    }
    public static class LargeFaceListOperationsExtensions
    {
        public static Task<object> AddFaceFromStreamAsync(this ILargeFaceListOperations operations, string largeFaceListId, Stream image, CancellationToken cancellationToken = default) => null!;
        public static Task<object> AddFaceFromUrlAsync(this ILargeFaceListOperations operations, string largeFaceListId, string url, CancellationToken cancellationToken = default) => null!;
    }
    public interface IPersonGroupOperations { }
    public static class PersonGroupOperationsExtensions
    {
        public static Task TrainAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => null!;
        public static Task DeleteAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => null!;
    }
}

namespace Microsoft.ProjectOxford.Face
{
    public interface IFaceServiceClient
    {
        Task<object[]> DetectAsync(Stream imageStream, bool returnFaceId = true);
        Task<object[]> DetectAsync(string imageUrl, bool returnFaceId = true);
        Task<object[]> IdentifyAsync(Guid[] faceIds, string personGroupId);
        Task<object> VerifyAsync(Guid faceId1, Guid faceId2);
        Task<object[]> FindSimilarAsync(Guid faceId, Guid[] faceIds);
        Task<object> GroupAsync(Guid[] faceIds);
        Task<object> AddPersonFaceAsync(string personGroupId, Guid personId, Stream imageStream);
        Task<object> AddPersonFaceInPersonGroupAsync(string personGroupId, Guid personId, Stream imageStream);
        Task<object> AddPersonFaceInLargePersonGroupAsync(string largePersonGroupId, Guid personId, Stream imageStream);
        Task<object> AddFaceToFaceListAsync(string faceListId, Stream imageStream);
        Task<object> AddFaceToLargeFaceListAsync(string largeFaceListId, Stream imageStream);
        Task CreatePersonGroupAsync(string personGroupId, string name);
        Task DeletePersonFaceAsync(string personGroupId, Guid personId, Guid persistedFaceId);
        Task TrainPersonGroupAsync(string personGroupId);
    }
    public class FaceServiceClient : IFaceServiceClient
    {
        public Task<object[]> DetectAsync(Stream imageStream, bool returnFaceId = true) => null!;
        public Task<object[]> DetectAsync(string imageUrl, bool returnFaceId = true) => null!;
        public Task<object[]> IdentifyAsync(Guid[] faceIds, string personGroupId) => null!;
        public Task<object> VerifyAsync(Guid faceId1, Guid faceId2) => null!;
        public Task<object[]> FindSimilarAsync(Guid faceId, Guid[] faceIds) => null!;
        public Task<object> GroupAsync(Guid[] faceIds) => null!;
        public Task<object> AddPersonFaceAsync(string personGroupId, Guid personId, Stream imageStream) => null!;
        public Task<object> AddPersonFaceInPersonGroupAsync(string personGroupId, Guid personId, Stream imageStream) => null!;
        public Task<object> AddPersonFaceInLargePersonGroupAsync(string largePersonGroupId, Guid personId, Stream imageStream) => null!;
        public Task<object> AddFaceToFaceListAsync(string faceListId, Stream imageStream) => null!;
        public Task<object> AddFaceToLargeFaceListAsync(string largeFaceListId, Stream imageStream) => null!;
        public Task CreatePersonGroupAsync(string personGroupId, string name) => null!;
        public Task DeletePersonFaceAsync(string personGroupId, Guid personId, Guid persistedFaceId) => null!;
        public Task TrainPersonGroupAsync(string personGroupId) => null!;
    }
}

namespace FaceRecognitionDotNet
{
    public class Image { }
    public class Location { }
    public class FaceEncoding { }
    public enum Model { Hog, Cnn, Custom }
    public enum PredictorModel { Large, Small, Custom }
    public enum Mode { Rgb, Greyscale }
    public sealed class FaceRecognition
    {
        public static FaceRecognition Create(string directory) => null!;
        public static Image LoadImageFile(string file, Mode mode = Mode.Rgb) => null!;
        public IEnumerable<Location> FaceLocations(Image image, int numberOfTimesToUpsample = 1, Model model = Model.Hog) => null!;
        public IEnumerable<Location[]> BatchFaceLocations(IEnumerable<Image> images, int numberOfTimesToUpsample = 1, int batchSize = 128) => null!;
        public IEnumerable<FaceEncoding> FaceEncodings(Image image, IEnumerable<Location>? knownFaceLocation = null, int numJitters = 1, PredictorModel predictorModel = PredictorModel.Small, Model model = Model.Hog) => null!;
        public IEnumerable<IDictionary<string, object>> FaceLandmark(Image faceImage, IEnumerable<Location>? faceLocations = null, PredictorModel predictorModel = PredictorModel.Large, Model model = Model.Hog) => null!;
        public static IEnumerable<Image> CropFaces(Image image, IEnumerable<Location> locations) => null!;
        public int PredictAge(Image image, Location location) => 0;
        public string PredictGender(Image image, Location location) => """";
        public string PredictEmotion(Image image, Location location) => """";
        public IDictionary<int, float> PredictProbabilityAge(Image image, Location location) => null!;
        public IDictionary<string, float> PredictProbabilityGender(Image image, Location location) => null!;
        public IDictionary<string, float> PredictProbabilityEmotion(Image image, Location location) => null!;
        public object PredictHeadPose(IDictionary<string, object> landmark) => null!;
        public void EyeBlinkDetect(IDictionary<string, object> landmark, out bool leftBlink, out bool rightBlink) { leftBlink = rightBlink = false; }
        public static IEnumerable<bool> CompareFaces(IEnumerable<FaceEncoding> knownFaceEncodings, FaceEncoding faceEncodingToCheck, double tolerance = 0.6) => null!;
        public static bool CompareFace(FaceEncoding knownFaceEncoding, FaceEncoding faceEncodingToCheck, double tolerance = 0.6) => false;
        public static double FaceDistance(FaceEncoding faceEncoding, FaceEncoding faceToCompare) => 0;
    }
}

namespace DlibDotNet
{
    public abstract class Array2DBase { }
    public abstract class MatrixBase { }
    public struct Rectangle { }
    public sealed class FullObjectDetection { }
    public sealed class FrontalFaceDetector
    {
        public Rectangle[] Operator(Array2DBase image, double adjustThreshold = 0) => null!;
        public Rectangle[] Operator(MatrixBase image, double adjustThreshold = 0) => null!;
    }
    public sealed class ShapePredictor
    {
        public static ShapePredictor Deserialize(string path) => null!;
        public FullObjectDetection Detect(Array2DBase image, Rectangle rect) => null!;
    }
    public static class Dlib
    {
        public static FrontalFaceDetector GetFrontalFaceDetector() => null!;
        public static Array2DBase LoadImage(string path) => null!;
    }
}

namespace DlibDotNet.Dnn
{
    public sealed class LossMetric
    {
        public static LossMetric Deserialize(string path) => null!;
        public object Operator(IEnumerable<MatrixBase> images, ulong batchSize = 128) => null!;
    }
}

namespace Windows.Media
{
    public sealed class VideoFrame { }
}

namespace Windows.Graphics.Imaging
{
    public sealed class SoftwareBitmap { }
    public struct BitmapBounds { }
}

namespace Windows.Media.FaceAnalysis
{
    using Windows.Graphics.Imaging;

    public sealed class DetectedFace { }
    public sealed class FaceDetector
    {
        public static Task<FaceDetector> CreateAsync() => null!;
        public static bool IsSupported => false;
        public Task<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image) => null!;
        public Task<IList<DetectedFace>> DetectFacesAsync(SoftwareBitmap image, BitmapBounds searchArea) => null!;
    }
    public sealed class FaceTracker
    {
        public static Task<FaceTracker> CreateAsync() => null!;
        public Task<IList<DetectedFace>> ProcessNextFrameAsync(Windows.Media.VideoFrame videoFrame) => null!;
    }
}
";
}
