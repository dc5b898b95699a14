using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BiometricConsent.Tests.Policy;

namespace BiometricConsent.Tests.Docs;

/// <summary>
/// Comments, messages, help texts and docs cite only documents a user has: this repository's docs/ and what the
/// packages carry. The material the project was first specified in is not published, so nothing may point at it.
/// </summary>
public class SelfContainedDocsTests
{
    /// <summary>Names of the unpublished specification documents (split so that this file does not match itself).</summary>
    private static readonly string[] Unpublished =
    {
        "policy" + "-contract", "analyzer" + "-contract", "obligations" + ".md", "face-sdk" + "-apis.md", "/work/" + "shared",
    };

    private static readonly string[] TextExtensions = { ".cs", ".md", ".json", ".txt", ".csproj", ".props", ".editorconfig", ".yml", ".yaml" };

    [Fact]
    public void Nothing_cites_a_document_users_do_not_have()
    {
        var root = TestData.RepositoryRoot;
        var citations = new List<string>();
        foreach (var top in new[] { "src", "docs", "tests" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, top), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!TextExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) ||
                    relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal))
                {
                    continue;
                }

                Collect(relative, File.ReadAllLines(file), citations);
            }
        }

        Collect("README.md", File.ReadAllLines(Path.Combine(root, "README.md")), citations);
        Assert.True(citations.Count == 0, "Cite a document under docs/ instead:\n" + string.Join("\n", citations));
    }

    private static void Collect(string file, string[] lines, List<string> citations)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (Unpublished.Any(u => lines[i].Contains(u, StringComparison.OrdinalIgnoreCase)))
            {
                citations.Add($"{file}:{i + 1}: {lines[i].Trim()}");
            }
        }
    }
}
