using System.Threading.Tasks;
using BiometricConsent.Analyzers.Tests.Infrastructure;
using BiometricConsent.CodeFixes;

namespace BiometricConsent.Analyzers.Tests.CodeFixes;

/// <summary>
/// Comments above a statement stay directly above it (the guard goes above them), blank lines stay where they
/// were, and the inserted code is indented like the file: tabs in a tab file, spaces in a space file.
/// </summary>
public class TriviaTests
{
    [Fact]
    public Task Comments_stay_with_the_statement_and_blank_lines_above_the_guard()
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.FixAsync(
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person)
                {
                    camera.Focus();

                    // Take the picture.
                    /* one frame */ {|BIO1001:camera.Capture()|}; // end of line
                }
            }
            """ + CheckConsentFirstTests.Gates,
            """
            using Acme;
            class Kiosk
            {
                void Scan(Camera camera, Gate gate, string person)
                {
                    camera.Focus();

                    if (!gate.Allows(person)) return;
                    // Take the picture.
                    /* one frame */ camera.Capture(); // end of line
                }
            }
            """ + CheckConsentFirstTests.Gates);

    [Fact]
    public Task Tabs_are_kept_for_guards_blocks_and_attributes()
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.FixAsync(
            "using Acme;\nclass Kiosk\n{\n\tImage Scan(Camera camera, Gate gate, string person) => {|BIO1001:camera.Capture()|};\n\n\tvoid Run(Camera camera, Gate gate, string person, bool on)\n\t{\n\t\tif (on)\n\t\t\t{|BIO1001:camera.Capture()|};\n\t\t// next\n\t\t{|BIO1001:camera.Capture()|};\n\t}\n}\n" + CheckConsentFirstTests.Gates,
            "using Acme;\nclass Kiosk\n{\n\tImage Scan(Camera camera, Gate gate, string person)\n\t{\n\t\tif (!gate.Allows(person)) return null;\n\t\treturn camera.Capture();\n\t}\n\n\tvoid Run(Camera camera, Gate gate, string person, bool on)\n\t{\n\t\tif (on)\n\t\t{\n\t\t\tif (!gate.Allows(person)) return;\n\t\t\tcamera.Capture();\n\t\t}\n\t\tif (!gate.Allows(person)) return;\n\t\t// next\n\t\tcamera.Capture();\n\t}\n}\n" + CheckConsentFirstTests.Gates);

    [Fact]
    public Task Tabs_are_kept_for_attributes_and_return_early_guards()
        => Task.WhenAll(
            CodeFixVerify<AddRequiresConsentCodeFixProvider>.FixAsync(
                "using Acme;\nusing Acme.Privacy;\nclass Kiosk\n{\n\t// Scans.\n\tvoid Scan(Camera camera)\n\t{\n\t\t{|BIO1001:camera.Capture()|};\n\t}\n}\n",
                "using Acme;\nusing Acme.Privacy;\nclass Kiosk\n{\n\t// Scans.\n\t[RequiresConsent]\n\tvoid Scan(Camera camera)\n\t{\n\t\tcamera.Capture();\n\t}\n}\n"),
            CodeFixVerify<ReturnEarlyCodeFixProvider>.FixAsync(
                "using Acme;\nclass Kiosk\n{\n\tvoid Scan(Consent consent)\n\t{\n\t\t{|BIO1002:consent.IsGranted(\"p\")|};\n\t}\n}\n",
                "using Acme;\nclass Kiosk\n{\n\tvoid Scan(Consent consent)\n\t{\n\t\tif (!consent.IsGranted(\"p\")) return;\n\t}\n}\n"));
    /// <summary>
    /// A comment at the end of the capture's line describes the capture: when the fix turns an expression body or an
    /// embedded statement into a block, the comment stays on the capture's line, not after the new closing brace.
    /// </summary>
    [Fact]
    public Task Trailing_comment_stays_with_the_statement_when_a_block_is_made()
        => CodeFixVerify<CheckConsentFirstCodeFixProvider>.FixAsync(
            """
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Gate gate, string person) => {|BIO1001:camera.Capture()|}; // one frame

                Image Last(Camera camera, Gate gate, string person) => {|BIO1001:camera.Capture()|}; /* the latest */

                void Run(Camera camera, Gate gate, string person, bool on)
                {
                    if (on)
                        {|BIO1001:camera.Capture()|}; // when switched on
                    else if (person.Length > 0) {|BIO1001:camera.Capture()|}; /* named */ else camera.Focus();
                    camera.Focus();
                }
            }

            class Frame
            {
                Camera camera = new Camera();
                Gate gate = new Gate();
                string person = "";

                Image Current => {|BIO1001:camera.Capture()|}; // property
            }
            """ + CheckConsentFirstTests.Gates,
            """
            using Acme;
            class Kiosk
            {
                Image Scan(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return null;
                    return camera.Capture(); // one frame
                }

                Image Last(Camera camera, Gate gate, string person)
                {
                    if (!gate.Allows(person)) return null;
                    return camera.Capture(); /* the latest */
                }

                void Run(Camera camera, Gate gate, string person, bool on)
                {
                    if (on)
                    {
                        if (!gate.Allows(person)) return;
                        camera.Capture(); // when switched on
                    }
                    else if (person.Length > 0)
                    {
                        if (!gate.Allows(person)) return;
                        camera.Capture(); /* named */
                    } else camera.Focus();
                    camera.Focus();
                }
            }

            class Frame
            {
                Camera camera = new Camera();
                Gate gate = new Gate();
                string person = "";

                Image Current
                {
                    get
                    {
                        if (!gate.Allows(person)) return null;
                        return camera.Capture(); // property
                    }
                }
            }
            """ + CheckConsentFirstTests.Gates);
}
