using BenchmarkDotNet.Running;

namespace BiometricConsent.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/BiometricConsent.Benchmarks -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
