namespace BiometricConsent.Analyzers.Tests.Robustness;

/// <summary>
/// Complete, compiling files of the kind users write, which <see cref="HalfTypedCodeTests"/> cuts into
/// half-typed prefixes. Each one exercises many analyzer paths: gates, flow shapes, marks, the API list, the catalog.
/// </summary>
internal static class RealisticSources
{
    /// <summary>A controller with a consent gate and captures in every control-flow shape (uses the <c>Acme</c> prelude).</summary>
    internal const string Controller = """
        using System;
        using System.Collections.Generic;
        using System.Diagnostics;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Acme;
        using Acme.Privacy;

        namespace Store.Web
        {
            public sealed class CheckInController
            {
                private readonly Camera _camera = new Camera();
                private readonly Consent _consent;
                private Image? _last = null;

                public CheckInController(Consent consent) => _consent = consent;

                public Image? Latest => _last ??= _consent.IsGranted("door") ? _camera.Capture() : null;

                public async Task<Image?> CheckInAsync(string member, CancellationToken token)
                {
                    if (!await _consent.IsGrantedAsync(member).ConfigureAwait(false))
                    {
                        return null;
                    }

                    token.ThrowIfCancellationRequested();
                    return await _camera.CaptureAsync();
                }

                public Image Kiosk(string member, int mode)
                {
                    var granted = _consent.IsGranted(member);
                    Debug.Assert(_consent.IsGranted(member));
                    switch (mode)
                    {
                        case 0 when granted:
                            return _camera.Capture();
                        case 1:
                            _consent.Require(member);
                            return _camera.Capture(80);
                        default:
                            try
                            {
                                _consent.Require(member);
                            }
                            catch (InvalidOperationException)
                            {
                                Console.WriteLine("no consent");
                            }
                            finally
                            {
                                _last = null;
                            }

                            return _camera.Capture();
                    }
                }

                public IEnumerable<Image> Burst(IReadOnlyList<string> members)
                {
                    foreach (var member in members)
                    {
                        if (_consent.IsGranted(member) is false) continue;
                        yield return _camera.Frame;
                    }

                    for (var i = 0; i < 3; i++)
                    {
                        if (i == 2) break;
                        _consent.IsGranted("x");
                        yield return _camera.Capture(i);
                    }
                }

                public Func<Image> Deferred(string member)
                {
                    Func<Image> later = () => _consent.IsGranted(member) == true ? _camera.Capture() : new Image();
                    Action<int> log = delegate (int n) { _camera.Capture(n); };
                    log(1);
                    return later;

                    Image Local()
                    {
                        _consent.Require(member);
                        return _camera.Capture();
                    }
                }

                public Image Select(string member, bool fast) => fast switch
                {
                    true when _consent.IsGranted(member) => _camera.Capture(),
                    true => throw new InvalidOperationException(),
                    false => Helper(member),
                };

                public IEnumerable<Image> Query(IEnumerable<string> members)
                    => members.Where(m => _consent.IsGranted(m)).Select(_ => _camera.Capture());

                [RequiresConsent]
                private Image Helper(string member) => _camera.Capture();

                [ConsentExempt(ExemptionBasis.PublicSecurity, Justification = "Ministry notice 12; signs at the door")]
                public Image Patrol() => _camera.Capture();

                public void Loop(string member)
                {
                    var ok = false;
                    do
                    {
                        ok = _consent.IsGranted(member) && !string.IsNullOrEmpty(member);
                        if (!ok) goto done;
                        using (var scope = new System.IO.MemoryStream())
                        {
                            _ = _camera.Capture();
                        }
                    }
                    while (ok);
                    done:
                    ok = true;
                }
            }
        }
        """;

    /// <summary>
    /// A vendor SDK declared in source, attributes declared locally with marks on types, interfaces and overrides,
    /// and a consumer; <see cref="ApiList"/> lists part of the SDK.
    /// </summary>
    internal const string MarkedAndListed = """
        #nullable enable
        using System;
        using System.IO;
        using System.Threading.Tasks;

        namespace Vendor.Face
        {
            public sealed class FaceClient
            {
                public object Detect(Stream image) => new object();
                public object Detect(byte[] image) => new object();
                public object Search(byte[] image, int top = 5) => new object();
                public int Quota => 3;
            }

            public sealed class FaceScanner
            {
                public object Scan() => new object();
                public object this[int index] => new object();
            }
        }

        namespace MyCompany.Privacy
        {
            [AttributeUsage(AttributeTargets.All)] internal sealed class FaceCaptureAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] internal sealed class ConsentCheckAttribute : Attribute { }
            [AttributeUsage(AttributeTargets.All)] internal sealed class RequiresConsentAttribute : Attribute { }
            internal enum ExemptionBasis { PublicHealthEmergency, PublicSecurity, NewsReporting }
            [AttributeUsage(AttributeTargets.All)]
            internal sealed class ConsentExemptAttribute : Attribute
            {
                public ConsentExemptAttribute(ExemptionBasis basis) => Basis = basis;
                public ExemptionBasis Basis { get; }
                public string? Justification { get; set; }
            }

            public sealed class ConsentService
            {
                public bool IsGranted(string person, string purpose) => person.Length > 0 && purpose.Length > 0;
                public void Demand(string person) { }
            }

            public interface IFaceSource<T> { [FaceCapture] T Grab(); T Peek(); }

            [FaceCapture]
            public abstract class Recogniser : IDisposable
            {
                protected Recogniser() { }
                public abstract string Identify(byte[] face);
                public virtual void Dispose() { }
            }

            public sealed class LocalRecogniser : Recogniser, IFaceSource<byte[]>
            {
                public override string Identify(byte[] face) => "x";
                public byte[] Grab() => new byte[0];
                byte[] IFaceSource<byte[]>.Peek() => new byte[0];
            }

            internal static class Enrolment
            {
                [ConsentExempt(ExemptionBasis.NewsReporting)]
                internal static object Press(Vendor.Face.FaceClient client) => client.Detect(new byte[0]);

                internal static async Task<object?> EnrolAsync(Vendor.Face.FaceClient client, ConsentService consent, string person)
                {
                    consent.IsGranted(person, "enrol");
                    var ok = consent.IsGranted(person, "enrol");
                    ok = false;
                    if (ok) return client.Search(new byte[0]);
                    consent.Demand(person);
                    await Task.Yield();
                    using var recogniser = new LocalRecogniser();
                    IFaceSource<byte[]> source = recogniser;
                    return (client.Quota, source.Grab(), recogniser.Identify(new byte[0]), new Vendor.Face.FaceScanner()[0]);
                }
            }
        }
        """;

    /// <summary>The API list that goes with <see cref="MarkedAndListed"/>, with a bad line, a duplicate and a comment.</summary>
    internal const string ApiList = """
        # vendor SDK
        capture M:Vendor.Face.FaceClient.Detect(System.IO.Stream)
        capture M:Vendor.Face.FaceClient.Search
        capture T:Vendor.Face.FaceScanner        # whole type
        capture P:Vendor.Face.FaceClient.Quota
        check   M:MyCompany.Privacy.ConsentService.IsGranted(System.String,System.String)
        check   M:MyCompany.Privacy.ConsentService.Demand(System.String)
        capture M:Vendor.Face.FaceClient.Search
        snap M:Vendor.Face.FaceClient.Nope
        """;

    /// <summary>
    /// Newer language features around marked members (uses the <c>Acme</c> prelude): top-level statements, records,
    /// primary constructors, default and static abstract interface members, extension methods, operators, indexers,
    /// partial members, pattern matching, file-local types, generic attributes.
    /// </summary>
    internal const string ModernSyntax = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Acme;
        using Acme.Privacy;

        var camera = new Camera();
        var consent = new Consent();
        if (await consent.IsGrantedAsync("door") is true)
        {
            Console.WriteLine(camera.Capture());
        }

        Console.WriteLine(camera.Frame);
        Console.WriteLine(new Kiosk(camera, consent)[0]);

        public interface IProbe<TSelf> where TSelf : IProbe<TSelf>
        {
            [FaceCapture] Image Probe(Camera camera) => camera.Capture();
            static abstract TSelf Create();
            [ConsentCheck] static virtual bool Allowed(Consent consent) => consent.IsGranted("probe");
        }

        public record struct Frame(Image Image, DateTime At);

        public sealed record Visit(string Member, Image? Photo)
        {
            public static Visit Take(Camera camera, Consent consent, string member)
                => consent.IsGranted(member) ? new Visit(member, camera.Capture()) : new Visit(member, null);
        }

        public sealed class Kiosk(Camera camera, Consent consent) : IProbe<Kiosk>
        {
            private readonly Image _first = camera.Capture();

            public static Kiosk Create() => new Kiosk(new Camera(), new Consent());

            public Image this[int index] => consent.IsGranted(index.ToString()) ? camera.Capture(index) : _first;

            public static Kiosk operator +(Kiosk kiosk, int quality) { kiosk.Take(quality); return kiosk; }

            public Image Pattern(object input) => input switch
            {
                string { Length: > 0 } member when consent.IsGranted(member) => camera.Capture(),
                int quality and > 10 => camera.Capture(quality),
                _ => _first,
            };

            public async IAsyncEnumerable<Image> StreamAsync(IEnumerable<string> members)
            {
                foreach (var member in members)
                {
                    if (!await consent.IsGrantedValueAsync(member)) continue;
                    yield return await camera.CaptureAsync();
                }
            }

            [RequiresConsent]
            public Image Take(int quality) => camera.Capture(quality);

            public Image Init { get; init; } = camera.Capture();
        }

        public static partial class CameraExtensions
        {
            public static Image CaptureChecked(this Camera camera, Consent consent, string member)
            {
                consent.Require(member);
                return camera.Capture();
            }

            public static partial Image Later(this Camera camera);

            public static partial Image Later(this Camera camera) => camera.Capture();
        }

        file sealed class Local
        {
            internal static Image Snap(Camera camera) => camera is { Name: "cam" } ? camera.Capture() : new Image();
        }
        """;

    /// <summary>OpenCvSharp and Baidu code against the real assemblies: the catalog and the cascade heuristic.</summary>
    internal const string Catalog = """
        using System;
        using System.IO;
        using OpenCvSharp;

        namespace Store.Vision
        {
            public sealed class Cameras : IDisposable
            {
                private const string PlateFile = "haarcascade_russian_plate_number.xml";
                private readonly CascadeClassifier _plates = new CascadeClassifier(Path.Combine(AppContext.BaseDirectory, PlateFile));
                private readonly CascadeClassifier _faces;
                private CascadeClassifier? _loaded;

                public Cameras(string root)
                {
                    _faces = new CascadeClassifier($"{root}/haarcascade_frontalface_default.xml");
                    _loaded = new CascadeClassifier();
                    _loaded.Load("haarcascade_fullbody.xml");
                }

                public Rect[] Plates(Mat frame) => _plates.DetectMultiScale(frame, 1.1, 3);

                public Rect[] Faces(Mat frame) => _faces.DetectMultiScale(frame);

                public Rect[]? Bodies(Mat frame) => _loaded?.DetectMultiScale(frame);

                public int YuNet(Mat frame, Mat output)
                {
                    using var detector = FaceDetectorYN.Create("yunet.onnx", "", new Size(320, 320));
                    using var local = new CascadeClassifier("haarcascade_eye.xml");
                    _ = local.DetectMultiScale(frame);
                    return detector.Detect(frame, output);
                }

                public object Baidu(string image)
                {
                    var client = new Baidu.Aip.Face.Face("key", "secret");
                    client.GroupAdd("group", null);
                    return client.Detect(image, "BASE64", null);
                }

                public void Dispose()
                {
                    _plates.Dispose();
                    _faces.Dispose();
                    _loaded?.Dispose();
                }
            }
        }
        """;
    /// <summary>
    /// BIO1004's callers that cannot check consent (uses the <c>Acme</c> prelude and <c>FrameworkStubs</c>): an entry
    /// point, a controller, a minimal-API route, a SignalR hub, a gRPC service, an event and background delegates.
    /// </summary>
    internal const string Handover = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Acme;
        using Acme.Privacy;
        using Grpc.Core;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Microsoft.AspNetCore.SignalR;

        public static class Program
        {
            [RequiresConsent]
            public static async Task Main(string[] args)
            {
                var door = new Door();
                door.Opened += OnOpened;
                door.Opened += [RequiresConsent] (sender, e) => new Camera().Capture();
                await Task.Run(Scan);
                ThreadPool.QueueUserWorkItem([RequiresConsent] (state) => new Camera().Capture());
                using var timer = new Timer(Tick, null, 0, 1000);
                Local();

                [RequiresConsent] void Local() => new Camera().Capture();
            }

            public static void Map(IEndpointRouteBuilder app, Consent consent)
            {
                app.MapGet("/scan", [RequiresConsent] () => new Camera().Capture());
                app.MapPost("/snap", Scan);
                app.MapGet("/checked", (string person) => consent.IsGranted(person) ? new Camera().Capture() : null);
            }

            [RequiresConsent] private static Image Scan() => new Camera().Capture();

            [RequiresConsent] private static void Tick(object? state) => new Camera().Capture();

            [RequiresConsent] private static void OnOpened(object? sender, EventArgs e) => new Camera().Capture();
        }

        public sealed class Door
        {
            public event EventHandler? Opened;

            public void Open() => Opened?.Invoke(this, EventArgs.Empty);
        }

        [ApiController]
        public sealed class KioskController : ControllerBase
        {
            [RequiresConsent] public Image Scan() => new Camera().Capture();

            [NonAction, RequiresConsent] public Image Snap() => new Camera().Capture();
        }

        public sealed class KioskHub : Hub
        {
            [RequiresConsent] public Image Scan() => new Camera().Capture();
        }

        public static class Kiosk
        {
            [BindServiceMethod(typeof(Kiosk), "BindService")]
            public abstract class KioskBase
            {
                [RequiresConsent] public virtual Task<Image> Scan(string request) => Task.FromResult(new Image());
            }
        }

        public sealed class KioskService : Kiosk.KioskBase
        {
            [RequiresConsent] public override Task<Image> Scan(string request) => Task.FromResult(new Camera().Capture());
        }
        """;
}
