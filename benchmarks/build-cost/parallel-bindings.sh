#!/usr/bin/env bash
# Cold first builds (no obj/Debug, no bin, an empty binding cache) of consumers of two packages, interleaved round by
# round so that both see the same load: BEFORE and AFTER are folders holding a packed TcApi, *_VERSION their versions.
# Measures what compiling the out-of-date bindings side by side (docs/build-cache.md) changes.
#
#   BEFORE=/tmp/main-pack BEFORE_VERSION=0.0.0-a AFTER=/tmp/new-pack AFTER_VERSION=0.0.0-b \
#     benchmarks/build-cost/parallel-bindings.sh <server|default> <rounds> five two cvm
#
# server: UseSharedCompilation=true MSBUILDDISABLENODEREUSE=0 (a developer machine's defaults); default: the environment
# as it is. Shapes: five (cvm, vpc, clb, cbs, cam), two (cvm, vpc), cvm. Prints one line per build with the load.
# The same package can be both sides: AFTER_PROPERTIES=-p:TcApiCompileBindingsInParallel=false times it sequentially.
set -u
mode=$1; rounds=$2; shift 2
work=${WORK:-$(mktemp -d /tmp/tcapi-parallel-bindings-XXXXXX)}
declare -A version=([before]=$BEFORE_VERSION [after]=$AFTER_VERSION) source=([before]=$BEFORE [after]=$AFTER)
declare -A properties=([before]=${BEFORE_PROPERTIES:-} [after]=${AFTER_PROPERTIES:-})
declare -A items=(
  [five]='<TcApiService Include="cvm" /><TcApiService Include="vpc" /><TcApiService Include="clb" /><TcApiService Include="cbs" /><TcApiService Include="cam" />'
  [two]='<TcApiService Include="cvm" /><TcApiService Include="vpc" />'
  [cvm]='<TcApiService Include="cvm" />')
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$mode" = server ]; then export UseSharedCompilation=true MSBUILDDISABLENODEREUSE=0; fi
for shape in "$@"; do
  for side in before after; do
    dir=$work/$shape-$side
    [ -f "$dir/obj/project.assets.json" ] && continue
    mkdir -p "$dir"
    cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="packed" value="${source[$side]}" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
    cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><TreatWarningsAsErrors>true</TreatWarningsAsErrors><TcApiBindingCache>$dir/cache/</TcApiBindingCache></PropertyGroup>
  <ItemGroup><PackageReference Include="TcApi" Version="${version[$side]}" />${items[$shape]}</ItemGroup>
</Project>
XML
    echo 'Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);' > "$dir/Program.cs"
    dotnet restore "$dir" -v q > /dev/null || exit 1
  done
  for round in $(seq 1 "$rounds"); do
    for side in before after; do
      dir=$work/$shape-$side
      rm -rf "$dir/bin" "$dir/obj/Debug" "$dir/cache"
      load=$(uptime | sed 's/.*load average: //' | cut -d, -f1)
      start=$(date +%s.%N)
      # shellcheck disable=SC2086
      dotnet build "$dir" --no-restore -v q ${properties[$side]} > "$dir/last.log" 2>&1 || { echo "FAILED $dir"; tail -20 "$dir/last.log"; }
      end=$(date +%s.%N)
      printf '%s %s %s round %d: %.1f s (load %s)\n' "$(date -u +%H:%M:%S)" "$mode" "$shape-$side" "$round" "$(echo "$end - $start" | bc)" "$load"
    done
  done
done
