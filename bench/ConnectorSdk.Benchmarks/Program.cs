using ConnectorSdk.Benchmarks;

// The same program is the orchestrator and, published beside the CLI, the two baselines it times.
return args switch
{
    ["--empty"] => 0,
    ["--floor", var path] => Floor.Run(path),
    _ => Benchmark.Run(args),
};
