#!/usr/bin/env bash
# What ConnectorSdk adds to a no-op build: median wall time of `dotnet build --no-restore` on the
# clean sample (ConnectorSdk) and on an empty Microsoft.NET.Sdk project that compiles nothing (the
# NoTargets pattern), run alternately after one warm-up build each.
#   bench/sdk-noop-build.sh [RUNS] [SAMPLE]      RUNS: 5 (default); SAMPLE: ContosoTasks (default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet pack "$root/nuget/ConnectorSdk" -c Release -o "$work/feed" -v:q -nologo >/dev/null
cp "$root/global.json" "$work/"
echo '<Project />' > "$work/Directory.Build.props"
cat > "$work/nuget.config" <<XML
<configuration><packageSources><clear /><add key="feed" value="$work/feed" /></packageSources></configuration>
XML
mkdir "$work/connector" "$work/baseline"
find "$root/samples/${2:-ContosoTasks}" -maxdepth 1 -type f -exec cp {} "$work/connector/" \;
cat > "$work/baseline/Baseline.csproj" <<'XML'
<Project>
  <Import Project="Sdk.props" Sdk="Microsoft.NET.Sdk" />
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences>
  </PropertyGroup>
  <Import Project="Sdk.targets" Sdk="Microsoft.NET.Sdk" />
  <ItemGroup>
    <IntermediateAssembly Remove="@(IntermediateAssembly)" />
  </ItemGroup>
  <PropertyGroup>
    <CoreBuildDependsOn>BuildOnlySettings;PrepareForBuild;PreBuildEvent;ResolveReferences;GetTargetPath;PrepareForRun;IncrementalClean;PostBuildEvent</CoreBuildDependsOn>
  </PropertyGroup>
  <Target Name="ComputeIntermediateSatelliteAssemblies" />
  <Target Name="GetTargetPath" />
</Project>
XML

seconds() { local start end; start=$(date +%s%N); dotnet build "$1" --no-restore -nologo -v:q >/dev/null; end=$(date +%s%N); echo "scale=3; ($end - $start) / 1000000000" | bc; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for project in baseline connector; do dotnet build "$work/$project" -nologo -v:q >/dev/null; done
for _ in $(seq "$runs"); do
  echo "baseline $(seconds "$work/baseline")"
  echo "connector $(seconds "$work/connector")"
done > "$work/times"
baseline="$(awk '$1 == "baseline" { print $2 }' "$work/times" | median)"
connector="$(awk '$1 == "connector" { print $2 }' "$work/times" | median)"
echo "no-op build, median of $runs: empty Microsoft.NET.Sdk project ${baseline}s, ConnectorSdk sample ${connector}s, difference $(echo "$connector - $baseline" | bc)s"
