using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BiometricConsent.Benchmarks.Sqlite;

/// <summary>
/// Adds the p50, p99 and maximum of every single append to the summary table. BenchmarkDotNet's own percentile
/// columns are over iterations (each the mean of many appends), which hides the tail the target is about, so
/// <see cref="SqliteHistoryAppendBenchmarks"/> records each append's latency and writes the list to a file in the
/// temporary directory, which this column (in the host process) reads.
/// </summary>
public sealed class AppendLatencyConfig : ManualConfig
{
    public AppendLatencyConfig()
    {
        AddColumn(new AppendLatencyColumn("p50 append", 0.50), new AppendLatencyColumn("p99 append", 0.99), new AppendLatencyColumn("max append", 1.0));
    }

    /// <summary>The file the benchmark process writes one case's latencies (milliseconds, one per line) to.</summary>
    internal static string FileFor(string caseName) =>
        Path.Combine(Path.GetTempPath(), "bc-append-latency-" + new string(caseName.Where(char.IsLetterOrDigit).ToArray()) + ".txt");
}

/// <summary>A percentile of the per-append latencies written by the benchmark process.</summary>
internal sealed class AppendLatencyColumn : IColumn
{
    private readonly double quantile;

    internal AppendLatencyColumn(string name, double quantile)
    {
        ColumnName = name;
        this.quantile = quantile;
    }

    public string Id => nameof(AppendLatencyColumn) + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{ColumnName}: the {quantile:P0} quantile of single durable appends, in ms (every append measured, not iteration means)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var file = AppendLatencyConfig.FileFor(benchmarkCase.Parameters.DisplayInfo);
        if (!File.Exists(file))
        {
            return "-";
        }

        var latencies = new List<double>();
        foreach (var line in File.ReadLines(file))
        {
            latencies.Add(double.Parse(line, CultureInfo.InvariantCulture));
        }

        if (latencies.Count == 0)
        {
            return "-";
        }

        latencies.Sort();
        var index = Math.Min(latencies.Count - 1, (int)(latencies.Count * quantile));
        return latencies[index].ToString("F3", CultureInfo.InvariantCulture) + " ms";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
