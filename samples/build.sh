#!/usr/bin/env bash
# Packs the ConnectorSdk project SDK into nuget/feed, then builds a sample with it as a user would:
#   samples/build.sh [SAMPLE] [dotnet build options...]      SAMPLE: ContosoTasks.Broken (default), ContosoTasks
# samples/nuget.config restores the SDK from nuget/feed into nuget/packages; both are git-ignored.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet pack "$root/ConnectorSdk.sln" -c Release -o "$root/nuget/feed" -v:q -nologo
# The version does not change between packs: drop the cached copy so the new one is restored.
rm -rf "$root/nuget/packages/connectorsdk"
exec dotnet build "$root/samples/${1:-ContosoTasks.Broken}" "${@:2}"
