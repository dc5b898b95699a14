using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;

namespace BiometricConsent.Analyzers.Tests.Inheritance;

/// <summary>
/// Capture and check marks follow overrides and interface implementations (docs/analyzer.md, "Configuration"), so a call through
/// the interface, the base class or the concrete class is seen whichever of them carries the mark.
/// </summary>
public sealed class InheritedMarksTests
{
    [Fact]
    public Task Marks_follow_an_override_chain_and_calls_through_every_level_are_reported()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public abstract class Source { [FaceCapture] public abstract Image Read(); public virtual Image Idle() => new Image(); }
            public class Middle : Source { public override Image Read() => new Image(); public override Image Idle() => new Image(); }
            public sealed class Leaf : Middle { public override Image Read() => new Image(); public override Image Idle() => new Image(); }

            class Kiosk
            {
                void Run(Source source, Middle middle, Leaf leaf)
                {
                    {|BIO1001:source.Read()|};
                    {|BIO1001:middle.Read()|};
                    {|BIO1001:leaf.Read()|};
                    source.Idle();
                    middle.Idle();
                    leaf.Idle();
                }
            }
            """);

    [Fact]
    public Task A_hiding_member_is_not_an_override_and_is_not_marked()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public class Source { [FaceCapture] public virtual Image Read() => new Image(); }
            public sealed class Stub : Source { public new Image Read() => new Image(); }

            class Kiosk
            {
                void Run(Stub stub)
                {
                    stub.Read();
                    {|BIO1001:((Source)stub).Read()|};
                }
            }
            """);

    [Fact]
    public Task Generic_interfaces_pass_marks_to_implicit_and_explicit_implementations()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IFaceSource<T> { [FaceCapture] T Grab(); T Peek(); [FaceCapture] T Current { get; } }

            public sealed class UsbCamera : IFaceSource<Image>
            {
                public Image Grab() => new Image();
                public Image Peek() => new Image();
                Image IFaceSource<Image>.Current => new Image();
            }

            public sealed class Buffer<T> : IFaceSource<T> where T : new()
            {
                public T Grab() => new T();
                public T Peek() => new T();
                public T Current => new T();
            }

            class Kiosk
            {
                void Run(UsbCamera camera, IFaceSource<Image> source, Buffer<Image> buffer)
                {
                    {|BIO1001:camera.Grab()|};
                    {|BIO1001:source.Grab()|};
                    _ = {|BIO1001:source.Current|};
                    {|BIO1001:buffer.Grab()|};
                    _ = {|BIO1001:buffer.Current|};
                    camera.Peek();
                    source.Peek();
                    buffer.Peek();
                }
            }
            """);

    [Fact]
    public Task A_base_class_that_implements_the_interface_passes_the_mark_to_derived_classes()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IFaceSource { [FaceCapture] Image Grab(); Image Peek(); }
            public class CameraBase : IFaceSource { public virtual Image Grab() => new Image(); public Image Peek() => new Image(); }
            public sealed class Inherits : CameraBase { }
            public sealed class Overrides : CameraBase { public override Image Grab() => new Image(); }

            class Kiosk
            {
                void Run(CameraBase camera, Inherits inherits, Overrides overrides)
                {
                    {|BIO1001:camera.Grab()|};
                    {|BIO1001:inherits.Grab()|};
                    {|BIO1001:overrides.Grab()|};
                    inherits.Peek();
                }
            }
            """);

    [Fact]
    public Task A_derived_class_that_implements_the_interface_with_an_inherited_member_marks_that_member()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IFaceSource { [FaceCapture] Image Grab(); Image Peek(); }
            public interface IFaceStream : IFaceSource { }

            // The base class knows nothing of the interface; the derived class adopts its public members.
            public class CameraBase { public Image Grab() => new Image(); public Image Peek() => new Image(); }
            public sealed class UsbCamera : CameraBase, IFaceSource { }
            public struct Frame { public Image Grab() => new Image(); }
            public class StreamBase { public Image Grab() => new Image(); }
            public sealed class Stream : StreamBase, IFaceStream { public Image Peek() => new Image(); }
            public class GenericBase<T> { public Image Grab() => new Image(); public T? Last => default; }
            public sealed class Generic : GenericBase<int>, IFaceSource { public Image Peek() => {|BIO1001:base.Grab()|}; }

            class Kiosk
            {
                void Run(UsbCamera camera, IFaceSource source, CameraBase @base, Stream stream, Frame frame, Generic generic, GenericBase<string> other)
                {
                    {|BIO1001:generic.Grab()|};
                    {|BIO1001:other.Grab()|};
                    _ = other.Last;
                    {|BIO1001:camera.Grab()|};
                    {|BIO1001:source.Grab()|};
                    {|BIO1001:stream.Grab()|};
                    // The same code captures whichever type the call goes through.
                    {|BIO1001:@base.Grab()|};
                    camera.Peek();
                    stream.Peek();
                    frame.Grab();
                }
            }
            """);

    [Fact]
    public Task Check_marks_reach_a_member_inherited_from_a_base_class_too()
        => Verify.AnalyzerAsync("""
            using Acme;
            using Acme.Privacy;

            public interface IConsentService { [ConsentCheck] bool Has(string person); }
            public class ConsentBase { public bool Has(string person) => true; }
            public sealed class ConsentService : ConsentBase, IConsentService { }

            class Kiosk
            {
                Image? Run(Camera camera, ConsentService consent)
                {
                    {|BIO1002:consent.Has("q")|};
                    if (!consent.Has("p")) return null;
                    return camera.Capture();
                }
            }
            """);

    [Fact]
    public Task Marks_on_a_metadata_interface_reach_source_implementations_through_the_runtime_library()
        => new Verify.Test("""
            using Acme;
            using BiometricConsent;

            public interface IFaceSource { [FaceCapture] Image Grab(); }
            public class CameraBase { public Image Grab() => new Image(); }
            public sealed class UsbCamera : CameraBase, IFaceSource { }
            public sealed class Direct : IFaceSource { public Image Grab() => new Image(); }

            class Kiosk
            {
                Image? Run(UsbCamera camera, Direct direct, Consent consent)
                {
                    {|BIO1001:camera.Grab()|};
                    {|BIO1001:direct.Grab()|};
                    if (!consent.IsGranted("p")) return null;
                    return camera.Grab();
                }
            }
            """)
        {
            Prelude = Prelude.WithLibraryAttributes,
            References = { TestReferences.RuntimeLibrary },
        }.RunWithAsync();

    [Fact]
    public Task Attributes_are_recognised_by_name_in_any_namespace_including_the_global_one()
        => new Verify.Test("""
            using System;

            namespace One.Deep.Place { public sealed class FaceCaptureAttribute : Attribute { } }
            public sealed class ConsentCheckAttribute : Attribute { }

            namespace App
            {
                using One.Deep.Place;

                public interface IScanner { [FaceCapture] byte[] Scan(); }
                public sealed class Scanner : IScanner { public byte[] Scan() => new byte[0]; }
                public sealed class Gate { [ConsentCheck] public bool Open(string person) => true; }

                class Kiosk
                {
                    byte[]? Run(Scanner scanner, Gate gate)
                    {
                        {|BIO1001:scanner.Scan()|};
                        return gate.Open("p") ? scanner.Scan() : null;
                    }
                }
            }
            """)
        {
            Prelude = null,
        }.RunWithAsync();
}
