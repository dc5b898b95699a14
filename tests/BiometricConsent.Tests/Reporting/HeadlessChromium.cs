using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace BiometricConsent.Tests.Reporting;

/// <summary>
/// A headless Chromium driven over the DevTools protocol (a WebSocket, System.Net.WebSockets; no package): loads a
/// page, evaluates an expression in it, records the console errors and takes a screenshot. One browser process per
/// instance, its profile in a temporary folder; <see cref="Dispose"/> ends the process and deletes the folder.
/// </summary>
internal sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> pending = new();
    private readonly BlockingCollection<(string Method, JsonNode Params)> events = new();
    private readonly Task receiving;
    private int nextId;

    private HeadlessChromium(Process process, string profile, Uri page)
    {
        this.process = process;
        this.profile = profile;
        socket.ConnectAsync(page, CancellationToken.None).Wait(Timeout);
        receiving = Task.Run(Receive);
        Send("Runtime.enable");
        Send("Log.enable");
        Send("Page.enable");
    }

    /// <summary>The console errors, uncaught exceptions and failed loads the page reported, one line each.</summary>
    public List<string> Errors { get; } = new();

    /// <summary>
    /// Where a Chromium is: the <c>CHROMIUM</c> environment variable, else the first of <c>chromium</c>,
    /// <c>chromium-browser</c>, <c>google-chrome</c> on the PATH; <c>null</c> when there is none.
    /// </summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM") is string configured && configured.Length > 0)
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Starts the browser. Without one, the test fails, saying how to get one ([BrowserFact] skips a browser test
    /// outside CI before it gets here): a browser test never passes on a machine where the page was never looked at.
    /// </summary>
    public static HeadlessChromium Start()
    {
        var executable = Find();
        if (executable is null)
        {
            var how = Environment.GetEnvironmentVariable("CI") == "true"
                ? "CI must provide it: .ci/run installs it with .ci/chromium.sh before the tests run."
                : "Install it (Debian/Ubuntu: sudo apt-get install chromium, or run .ci/chromium.sh as root), or set CHROMIUM to a Chromium or Chrome executable.";
            Assert.Fail("The HTML report tests need a headless Chromium and found none (CHROMIUM unset; no chromium, chromium-browser or google-chrome on the PATH). " + how);
        }

        var profile = Path.Combine(Path.GetTempPath(), "biometric-consent-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // --no-sandbox: CI containers run as root, where Chromium's sandbox refuses to start.
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--mute-audio",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=1200,1500", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();

        // Chromium announces its DevTools endpoint on standard error: "DevTools listening on ws://127.0.0.1:PORT/...".
        var announced = Task.Run(() =>
        {
            var seen = new StringBuilder();
            while (process.StandardError.ReadLine() is string line)
            {
                seen.AppendLine(line);
                var match = Regex.Match(line, @"DevTools listening on ws://[^:/]+:(\d+)/");
                if (match.Success)
                {
                    process.StandardError.ReadToEndAsync();
                    return (Port: int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Log: seen.ToString());
                }
            }

            return (Port: 0, Log: seen.ToString());
        });
        if (!announced.Wait(Timeout) || announced.Result.Port == 0)
        {
            Kill(process);
            Assert.Fail($"{executable} did not open its DevTools endpoint within {Timeout.TotalSeconds} s. It wrote:\n{(announced.IsCompleted ? announced.Result.Log : "(nothing yet)")}");
        }

        using var http = new HttpClient { Timeout = Timeout };
        var targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{announced.Result.Port}/json/list").Result)!.AsArray();
        var page = targets.First(t => (string?)t!["type"] == "page")!;
        return new HeadlessChromium(process, profile, new Uri((string)page["webSocketDebuggerUrl"]!));
    }

    /// <summary>Loads <paramref name="file"/> and waits for its load event.</summary>
    public void Open(string file)
    {
        while (events.TryTake(out _))
        {
        }

        Send("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        var deadline = DateTime.UtcNow + Timeout;
        while (events.TryTake(out var e, deadline - DateTime.UtcNow))
        {
            if (e.Method == "Page.loadEventFired")
            {
                return;
            }
        }

        throw new TimeoutException($"{file} did not load within {Timeout.TotalSeconds} s.");
    }

    /// <summary>The value of <paramref name="expression"/>, evaluated in the page (DevTools is not bound by the page's CSP).</summary>
    public JsonNode? Evaluate(string expression)
    {
        var result = Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is JsonNode exception)
        {
            throw new InvalidOperationException($"The expression threw: {exception.ToJsonString()}");
        }

        return result["result"]!["value"];
    }

    /// <summary>A PNG of the whole page (not only the window).</summary>
    public byte[] Screenshot()
    {
        var size = Send("Page.getLayoutMetrics")["cssContentSize"]!;
        var clip = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = (double)size["width"]!, ["height"] = (double)size["height"]!, ["scale"] = 1 };
        var shot = Send("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true, ["clip"] = clip });
        return Convert.FromBase64String((string)shot["data"]!);
    }

    public void Dispose()
    {
        try
        {
            Send("Browser.close");
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or InvalidOperationException or AggregateException)
        {
            // Already gone; the kill below makes sure.
        }

        Kill(process);
        socket.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold a file for a moment; the temporary folder is cleaned by the system.
        }
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(10_000);
        process.Dispose();
    }

    private JsonNode Send(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None).Wait(Timeout);
        if (!reply.Task.Wait(Timeout))
        {
            throw new TimeoutException($"No reply to {method} within {Timeout.TotalSeconds} s.");
        }

        var answer = reply.Task.Result;
        if (answer["error"] is JsonNode error)
        {
            throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        }

        return answer["result"]!;
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult chunk;
            try
            {
                chunk = await socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                break;
            }

            if (chunk.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, chunk.Count);
            if (!chunk.EndOfMessage)
            {
                continue;
            }

            var node = JsonNode.Parse(message.ToArray())!;
            message.SetLength(0);
            if (node["id"] is JsonNode id && pending.TryRemove((int)id, out var reply))
            {
                reply.SetResult(node);
            }
            else if (node["method"] is JsonNode method)
            {
                var parameters = node["params"] ?? new JsonObject();
                Record((string)method!, parameters);
                events.Add(((string)method!, parameters));
            }
        }
    }

    private void Record(string method, JsonNode parameters)
    {
        var error = method switch
        {
            "Runtime.consoleAPICalled" when (string?)parameters["type"] is "error" or "assert" => "console." + (string?)parameters["type"] + ": " + parameters["args"]?.ToJsonString(),
            "Runtime.exceptionThrown" => "exception: " + parameters["exceptionDetails"]?.ToJsonString(),
            "Log.entryAdded" when (string?)parameters["entry"]?["level"] == "error" => "log: " + parameters["entry"]?.ToJsonString(),
            _ => null,
        };
        if (error != null)
        {
            lock (Errors)
            {
                Errors.Add(error);
            }
        }
    }
}
