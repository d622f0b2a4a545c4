#!/usr/bin/env bash
# Measures what catalogue services cost a consumer's build: for each project shape, one restore and first build, then
# repeated incremental builds after an edit to Program.cs (the loop a developer lives in), as whole-process timings.
# Prints a markdown table of medians; the "runtime alone" row is the baseline every ratio is against. Catalogue services
# are precompiled into binding assemblies by default; the "generated into the project" rows set Precompile="false".
#
#   benchmarks/build-cost/measure.sh [runs]      (packs the repository first; needs no network beyond NuGet)
#   ONLY="runtime alone|Actions=" benchmarks/build-cost/measure.sh 3   (only the shapes whose name matches the pattern)
#   FIRST=3 ...                     (the first build timed FIRST times, obj/ and bin/ removed before each; the median)
#   OFFICIAL_SDK=<git dir> ONLY="runtime alone|^CVM$|official" FIRST=3 benchmarks/build-cost/measure.sh 1
#       adds the official SDK's shape: its Common and Cvm projects, taken from a git clone of
#       TencentCloud/tencentcloud-sdk-dotnet into the scratch folder (never into this repository), built once for
#       netstandard2.0, and referenced as compiled assemblies, as its packages would be; then prints the size of its DLLs
#       and XML docs beside the CVM binding's (the binding's parts: benchmarks/build-cost/binding-parts.cs).
#   TABLES=cache benchmarks/build-cost/measure.sh 3   (only the second table: the binding cache and selection errors)
#   PACKED=/tmp/pack PACKED_VERSION=0.1.0-x benchmarks/build-cost/measure.sh   (a package packed before, not packed again)
#
# The second table (TABLES=cache, or all) times what docs/build-cache.md promises, each a median of [runs] whole
# processes: a first build with the binding cache empty, a clean build (obj/ and bin/ deleted) with it warm, a second
# project's first build, a Release build after a Debug one, an edit to one service's overlay among five services, and a
# misspelt service's time to its error. Each shape has a binding cache of its own (TcApiBindingCache).
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/tcapi-build-cost-XXXXXX)
version=0.0.0-cost.$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -n "${PACKED:-}" ]; then
  # PACKED=<folder> PACKED_VERSION=<version>: time a package packed before (packing takes minutes on a loaded machine).
  mkdir -p "$work/pack" && cp "$PACKED"/TcApi.*.nupkg "$work/pack/" && version=$PACKED_VERSION
else
  # The solution, as README.md packs it: packing the runtime project alone needs the tool's assets restored first.
  dotnet pack "$root/Toolkit.sln" -c Release -o "$work/pack" -p:Version="$version" -v q > "$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
fi

# name|items|program
shapes=(
  "runtime alone||Console.WriteLine(typeof(TcApi.Signing.Credential).Name);"
  "one small service (tiia)|<TcApiService Include=\"tiia\" />|Console.WriteLine(TcApi.Tiia.V20190529.TiiaActions.All.Count);"
  "GAAP (102 actions)|<TcApiService Include=\"gaap\" />|Console.WriteLine(TcApi.Gaap.V20180529.GaapActions.All.Count);"
  "CVM|<TcApiService Include=\"cvm\" />|Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);"
  "cvm, vpc, clb, cbs, cam|<TcApiService Include=\"cvm\" /><TcApiService Include=\"vpc\" /><TcApiService Include=\"clb\" /><TcApiService Include=\"cbs\" /><TcApiService Include=\"cam\" />|Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
  "CVM, Actions= five actions|<TcApiService Include=\"cvm\" Actions=\"DescribeInstances;RunInstances;StartInstances;StopInstances;TerminateInstances\" />|Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);"
  "VPC (448 actions), Actions= five|<TcApiService Include=\"vpc\" Actions=\"DescribeVpcs;CreateVpc;DeleteVpc;DescribeSubnets;CreateSubnet\" />|Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
  "csip (the largest service, 613 actions)|<TcApiService Include=\"csip\" />|Console.WriteLine(TcApi.Csip.V20221121.CsipActions.All.Count);"
  "csip (613 actions), Actions= five|<TcApiService Include=\"csip\" Actions=\"AccessAIAnalysisSMTP;AddDspmAssetManager;AddLoginWhiteLists;AddNewBindRoleUser;AddVulWhitelist\" />|Console.WriteLine(TcApi.Csip.V20221121.CsipActions.All.Count);"
  "GAAP, generated into the project (Precompile=false)|<TcApiService Include=\"gaap\" Precompile=\"false\" />|Console.WriteLine(TcApi.Gaap.V20180529.GaapActions.All.Count);"
  "CVM, generated into the project|<TcApiService Include=\"cvm\" Precompile=\"false\" />|Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);"
  "cvm, vpc, clb, cbs, cam, generated into the project|<TcApiService Include=\"cvm\" Precompile=\"false\" /><TcApiService Include=\"vpc\" Precompile=\"false\" /><TcApiService Include=\"clb\" Precompile=\"false\" /><TcApiService Include=\"cbs\" Precompile=\"false\" /><TcApiService Include=\"cam\" Precompile=\"false\" />|Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
  "CVM, Actions= five actions, generated into the project|<TcApiService Include=\"cvm\" Precompile=\"false\" Actions=\"DescribeInstances;RunInstances;StartInstances;StopInstances;TerminateInstances\" />|Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);"
  "VPC, Actions= five, generated into the project|<TcApiService Include=\"vpc\" Precompile=\"false\" Actions=\"DescribeVpcs;CreateVpc;DeleteVpc;DescribeSubnets;CreateSubnet\" />|Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
  "csip, generated into the project|<TcApiService Include=\"csip\" Precompile=\"false\" />|Console.WriteLine(TcApi.Csip.V20221121.CsipActions.All.Count);"
)

if [ -n "${OFFICIAL_SDK:-}" ]; then
  mkdir -p "$work/official"
  git --git-dir="$OFFICIAL_SDK" archive HEAD TencentCloud/Common TencentCloud/Cvm | tar -x -C "$work/official"
  dotnet build "$work/official/TencentCloud/Cvm/TencentCloudCvm.csproj" -c Release -f netstandard2.0 -p:SignAssembly=false -p:GenerateDocumentationFile=true -o "$work/official/out" -v q > "$work/official.log" 2>&1 || { cat "$work/official.log"; exit 1; }
  official="$work/official/out"
  shapes+=("official SDK: Common + Cvm, compiled assemblies|<Reference Include=\"$official/TencentCloudCommon.dll\" /><Reference Include=\"$official/TencentCloudCvm.dll\" /><PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.3\" />|Console.WriteLine(typeof(TencentCloud.Cvm.V20170312.CvmClient).Name);")
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
seconds() { local s e; s=$(date +%s.%N); "$@" > "$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }

tables=${TABLES:-all}
if [ "$tables" != cache ]; then
echo "| project | first build (s) | incremental build, median of $runs (s) | vs runtime alone |"
echo "|---|---:|---:|---:|"
baseline=""
for shape in "${shapes[@]}"; do
  IFS='|' read -r name items program <<< "$shape"
  if [ -n "${ONLY:-}" ] && ! grep -Eq "$ONLY" <<< "$name"; then continue; fi
  dir="$work/$(echo "$name" | tr -c 'a-zA-Z0-9' '_')"
  # The official SDK's consumer gets nothing of TcApi's (its analyzer and targets would add to its build).
  tcapi="<PackageReference Include=\"TcApi\" Version=\"$version\" />"
  [[ "$name" == official* ]] && tcapi=""
  mkdir -p "$dir"
  export TcApiBindingCache="$dir/cache/"   # first builds with an empty binding cache of their own
  cat > "$dir/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="packed" value="$work/pack" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  cat > "$dir/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup>$tcapi$items</ItemGroup>
</Project>
XML
  echo "$program" > "$dir/Program.cs"
  dotnet restore "$dir" -v q > /dev/null
  firsts=()
  for i in $(seq 1 "${FIRST:-1}"); do
    # Each first build starts from nothing: no obj/bin and an empty binding cache (a warm cache is the second table's).
    [ "$i" -gt 1 ] && rm -rf "$dir/bin" "$dir/obj/Debug" "$TcApiBindingCache"
    firsts+=("$(seconds dotnet build "$dir" --no-restore -v q)")
  done
  first=$(printf '%s\n' "${firsts[@]}" | median)
  times=()
  for i in $(seq 1 "$runs"); do
    echo "$program // edit $i" > "$dir/Program.cs"
    times+=("$(seconds dotnet build "$dir" --no-restore -v q)")
  done
  m=$(printf '%s\n' "${times[@]}" | median)
  [ -z "$baseline" ] && baseline=$m
  printf '| %s | %.1f | %.2f | %s |\n' "$name" "$first" "$m" "$(echo "scale=2; $m / $baseline" | bc)x"
done
if [ -n "${OFFICIAL_SDK:-}" ]; then
  echo
  echo "| assembly | DLL (B) | XML docs (B) |"
  echo "|---|---:|---:|"
  for dll in "$official/TencentCloudCommon.dll" "$official/TencentCloudCvm.dll" "$work"/CVM_/obj/Debug/net10.0/tcapi/cvm/*/TcApi.Catalog.cvm.*.dll; do
    [ -f "$dll" ] && printf '| %s | %d | %d |\n' "$(basename "$dll")" "$(stat -c %s "$dll")" "$(stat -c %s "${dll%.dll}.xml" 2>/dev/null || echo 0)"
  done
  printf '(load: %s)\n' "$(uptime | sed 's/.*load average: //')"
fi
fi

# A consumer project in $1 with items $2, program $3, restored; its binding cache is $cache.
consumer() {
  mkdir -p "$1"
  cat > "$1/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="packed" value="$work/pack" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>
XML
  cat > "$1/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
  <ItemGroup><PackageReference Include="TcApi" Version="$version" />$2</ItemGroup>
</Project>
XML
  echo "$3" > "$1/Program.cs"
  dotnet restore "$1" -v q > /dev/null
}
cvm_overlay() {
  cat > "$1" <<JSON
{ "formatVersion": 2, "service": "cvm", "apiVersion": "2017-03-12", "actions": { "DescribeInstances": { "input": { "Limit": { "constraints": [
  { "id": "DescribeInstances.Limit.range", "kind": "range", "minimum": 1, "maximum": $2, "message": "{member} is at most {maximum} here",
    "errorCode": "InvalidParameterValue", "provenance": { "inferred": "measure.sh" } } ] } } } } }
JSON
}
# The median of running "$@" $runs times, after "prepare $i" each time (untimed).
timed_median() {
  local prepare=$1; shift
  local times=() i
  for i in $(seq 1 "$runs"); do
    $prepare "$i"
    times+=("$(seconds "$@")")
  done
  printf '%s\n' "${times[@]}" | median
}

if [ "$tables" = all ] || [ "$tables" = cache ]; then
echo
echo "| project | first build, cache empty (s) | clean build, cache warm (s) | second project, cache warm (s) | Release after Debug, cache warm (s) |"
echo "|---|---:|---:|---:|---:|"
cache_shapes=(
  "runtime alone||Console.WriteLine(typeof(TcApi.Signing.Credential).Name);"
  "CVM|<TcApiService Include=\"cvm\" />|Console.WriteLine(TcApi.Cvm.V20170312.CvmActions.All.Count);"
  "cvm, vpc, clb, cbs, cam|<TcApiService Include=\"cvm\" /><TcApiService Include=\"vpc\" /><TcApiService Include=\"clb\" /><TcApiService Include=\"cbs\" /><TcApiService Include=\"cam\" />|Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
)
for shape in "${cache_shapes[@]}"; do
  IFS='|' read -r name items program <<< "$shape"
  if [ -n "${ONLY:-}" ] && ! grep -Eq "$ONLY" <<< "$name"; then continue; fi
  dir="$work/cache-$(echo "$name" | tr -c 'a-zA-Z0-9' '_')"
  export TcApiBindingCache="$dir/cache/"
  consumer "$dir/a" "$items" "$program"
  cold() { rm -rf "$TcApiBindingCache" "$dir/a/obj/Debug" "$dir/a/bin"; }
  first=$(timed_median cold dotnet build "$dir/a" --no-restore -v q)
  clean() { rm -rf "$dir/a/obj/Debug" "$dir/a/bin"; }
  warm=$(timed_median clean dotnet build "$dir/a" --no-restore -v q)
  for i in $(seq 1 "$runs"); do consumer "$dir/b$i" "$items" "$program"; done
  seconds_b=()
  for i in $(seq 1 "$runs"); do seconds_b+=("$(seconds dotnet build "$dir/b$i" --no-restore -v q)"); done
  second=$(printf '%s\n' "${seconds_b[@]}" | median)
  release() { rm -rf "$dir/a/obj/Release" "$dir/a/bin/Release"; }
  rel=$(timed_median release dotnet build "$dir/a" --no-restore -c Release -v q)
  printf '| %s | %.1f | %.1f | %.1f | %.1f |\n' "$name" "$first" "$warm" "$second" "$rel"
done

echo
echo "| cvm, vpc, clb, cbs, cam: | median of $runs (s) |"
echo "|---|---:|"
dir="$work/cache-edits"
export TcApiBindingCache="$dir/cache/"
consumer "$dir/a" "<TcApiService Include=\"cvm\" /><TcApiService Include=\"vpc\" /><TcApiService Include=\"clb\" /><TcApiService Include=\"cbs\" /><TcApiService Include=\"cam\" />" "Console.WriteLine(TcApi.Vpc.V20170312.VpcActions.All.Count);"
cvm_overlay "$dir/a/cvm.tcapi-overlay.json" 100
seconds dotnet build "$dir/a" --no-restore -v q > /dev/null
edit_overlay() { cvm_overlay "$dir/a/cvm.tcapi-overlay.json" $((50 + $1)); }
printf '| an edit to cvm'"'"'s overlay (rebuilds cvm alone) | %.1f |\n' "$(timed_median edit_overlay dotnet build "$dir/a" --no-restore -v q)"
consumer "$dir/typo" "<TcApiService Include=\"cvmm\" /><TcApiService Include=\"vpc\" /><TcApiService Include=\"cam\" />" "Console.WriteLine();"
typo_times=()
for i in $(seq 1 "$runs"); do
  s=$(date +%s.%N); dotnet build "$dir/typo" --no-restore -v q > "$work/last.log" 2>&1 && { echo "a misspelt service built"; exit 1; }; e=$(date +%s.%N)
  grep -q "TCAPI0020" "$work/last.log" || { cat "$work/last.log"; exit 1; }
  typo_times+=("$(echo "$e - $s" | bc)")
done
printf '| a misspelt service (cvmm, beside vpc and cam): time to its error | %.1f |\n' "$(printf '%s\n' "${typo_times[@]}" | median)"
fi
rm -rf "$work"
