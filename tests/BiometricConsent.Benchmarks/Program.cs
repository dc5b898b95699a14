using System.Linq;
using BenchmarkDotNet.Running;
using BiometricConsent.Benchmarks.Analyzers;

namespace BiometricConsent.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == MethodSizeCurve.Command)
        {
            MethodSizeCurve.Print(args.Skip(1).ToArray());
            return;
        }

        if (args.Length > 0 && args[0] == AnalyzerRatio.Command)
        {
            AnalyzerRatio.Print(args.Skip(1).ToArray());
            return;
        }

        if (args.Length > 0 && args[0] == AnalyzerWorkloadProject.Command)
        {
            AnalyzerWorkloadProject.Write(args.Skip(1).ToArray());
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
