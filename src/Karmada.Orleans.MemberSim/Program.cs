using System.Net.Http.Headers;
using System.Text;
using Karmada.Orleans.MemberSim;
using Karmada.Orleans.MemberSim.Faults;
using Karmada.Orleans.MemberSim.Simulation;
using Microsoft.Extensions.Logging;

return await SimulatorCommand.RunAsync(args);

/// <summary>member-sim: run simulated member clusters, or change a running simulator's faults.</summary>
internal static class SimulatorCommand
{
    private const string Usage = """
        Usage:
          member-sim [--clusters N] [--prefix member] [--bind 127.0.0.1] [--port 7443] [--out DIR]
                     [--nodes 3] [--node-cpu 8] [--node-memory 32Gi] [--node-pods 110]
                     [--regions us-east-1,eu-west-1] [--zones 2] [--ready-delay 1s] [--cpu-load 50m]
          member-sim fault NAME none|unreachable|slow[=DURATION]|error[=CODE] [--out DIR]
          member-sim list [--out DIR]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "fault" => await FaultAsync(args[1..]),
                "list" => await ListAsync(args[1..]),
                "-h" or "--help" or "help" => Help(),
                _ => await ServeAsync(args),
            };
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or HttpRequestException or IOException)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static int Help()
    {
        Console.WriteLine(Usage);
        return 0;
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        var flags = Flags(args);
        var nodes = new NodePool
        {
            Count = Int(flags, "nodes", 3),
            Cpu = flags.GetValueOrDefault("node-cpu", "8"),
            Memory = flags.GetValueOrDefault("node-memory", "32Gi"),
            Pods = Int(flags, "node-pods", 110),
        };
        var options = new SimulatorOptions
        {
            Clusters = Int(flags, "clusters", 3),
            Prefix = flags.GetValueOrDefault("prefix", "member"),
            BindAddress = flags.GetValueOrDefault("bind", "127.0.0.1"),
            Port = Int(flags, "port", 7443),
            OutputDirectory = flags.GetValueOrDefault("out", new SimulatorOptions().OutputDirectory),
            Nodes = nodes,
            ZonesPerCluster = Int(flags, "zones", 2),
            ReadyDelay = Durations.Parse(flags.GetValueOrDefault("ready-delay", "1s")),
            DefaultCpuLoad = flags.GetValueOrDefault("cpu-load", "50m"),
        };
        if (flags.TryGetValue("regions", out var regions))
        {
            options = options with { Regions = regions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        }

        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

        await using var simulator = await MemberSimulator.StartAsync(options, loggers);
        Console.WriteLine($"Simulating {simulator.Clusters.Count} member clusters at {simulator.Endpoint} ({nodes.Count} nodes of {nodes.Cpu} CPU / {nodes.Memory} each)");
        foreach (var cluster in simulator.Clusters.Take(10))
        {
            Console.WriteLine($"  {cluster.Name,-12} {cluster.KubeconfigPath}");
        }

        if (simulator.Clusters.Count > 10)
        {
            Console.WriteLine($"  … and {simulator.Clusters.Count - 10} more in {options.OutputDirectory}");
        }

        var first = simulator.Clusters[0];
        Console.WriteLine($"Join one:     karmadactl join {first.Name} --cluster-kubeconfig {first.KubeconfigPath}");
        Console.WriteLine($"Inject fault: member-sim fault {first.Name} unreachable --out {options.OutputDirectory}");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    private static async Task<int> FaultAsync(string[] args)
    {
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal))).ToList();
        if (positional.Count != 2)
        {
            throw new ArgumentException("fault takes NAME and MODE\n" + Usage);
        }

        var fault = ClusterFault.Parse(positional[1]);
        var body = $$"""{"mode":"{{fault.Mode}}","delay":"{{(int)fault.Delay.TotalMilliseconds}}ms","statusCode":{{fault.StatusCode}}}""";
        using var client = AdminClient(Flags(args), out var endpoint);
        using var response = await client.PutAsync(new Uri(endpoint, $"admin/clusters/{positional[0]}/fault"), new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"error: {(int)response.StatusCode} {text}");
            return 1;
        }

        Console.WriteLine($"{positional[0]}: {text}");
        return 0;
    }

    private static async Task<int> ListAsync(string[] args)
    {
        using var client = AdminClient(Flags(args), out var endpoint);
        Console.WriteLine(await client.GetStringAsync(new Uri(endpoint, "admin/clusters")));
        return 0;
    }

    /// <summary>The admin API of the simulator whose output directory is given, trusting its CA.</summary>
    private static HttpClient AdminClient(Dictionary<string, string> flags, out Uri endpoint)
    {
        var directory = flags.GetValueOrDefault("out", new SimulatorOptions().OutputDirectory);
        endpoint = new Uri(File.ReadAllText(Path.Combine(directory, "endpoint")).Trim());
        var token = File.ReadAllText(Path.Combine(directory, "admin.token")).Trim();
        var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(directory, "pki", "ca.crt")));
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, chain, _) =>
            {
                if (certificate is null || chain is null)
                {
                    return false;
                }

                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return chain.Build(certificate);
            },
        };
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Dictionary<string, string> Flags(string[] args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            var name = args[i][2..];
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                flags[name[..eq]] = name[(eq + 1)..];
            }
            else if (i + 1 < args.Length)
            {
                flags[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"--{name} needs a value");
            }
        }

        return flags;
    }

    private static int Int(Dictionary<string, string> flags, string name, int fallback) =>
        !flags.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, out var value) && value >= 0 ? value
        : throw new FormatException($"--{name} must be a non-negative integer, got \"{text}\"");
}
