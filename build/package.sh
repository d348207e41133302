#!/usr/bin/env bash
# Builds the deployable Function App package, artifacts/package/livefunctions.zip, from a clean clone.
#
#   build/package.sh [--output DIR]
#
# 1. `dotnet publish` of src/LiveFunctions.App (Release, self-contained linux-x64 ReadyToRun) into a fresh
#    DIR/function-app. The App's publish targets make that folder the Function App root: host.json, one folder per
#    function with its generated function.json, the executable LiveFunctions.App and its runtime, and nothing else.
#    The build's own outputs go to DIR/build, apart from the src/*/bin and obj folders of ordinary builds and tests,
#    so packaging never races them (and reruns are incremental).
# 2. A zip of that folder (python3's zipfile) that stores Unix modes: 0755 for the executables, 0644 for the rest,
#    so the host can start the handler. Entries are sorted; with SOURCE_DATE_EPOCH set, every entry carries that time.
#
# Needs the .NET 10 SDK and python3, on a Unix machine (Linux or macOS). DIR defaults to artifacts/package.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/artifacts/package"

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--output)
      [ $# -ge 2 ] || { echo "package.sh: $1 needs a directory" >&2; exit 2; }
      out="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "package.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

for tool in dotnet python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package.sh: '$tool' is not on PATH (see docs/deploy.md)" >&2; exit 1; }
done

mkdir -p "$out"
out="$(cd "$out" && pwd)"
root="$out/function-app"
zip="$out/livefunctions.zip"

# A fresh root every time: publish adds and overwrites files but never removes old ones. Only a folder that this
# script made (it has a host.json) is deleted, whatever DIR was given.
if [ -e "$root" ] && [ ! -f "$root/host.json" ] && [ -n "$(ls -A "$root" 2>/dev/null)" ]; then
  echo "package.sh: $root exists and is not a previous package root; not deleting it" >&2
  exit 1
fi
rm -rf "$root" "$zip"

echo "==> dotnet publish src/LiveFunctions.App (Release, linux-x64, self-contained, ReadyToRun) -> $root"
dotnet publish "$repo/src/LiveFunctions.App/LiveFunctions.App.csproj" -c Release -nologo \
  --artifacts-path "$out/build" -o "$root"

echo "==> zip -> $zip"
python3 - "$root" "$zip" <<'PY'
import json, os, stat, sys, time, zipfile

root, target = sys.argv[1], sys.argv[2]

host_json = os.path.join(root, "host.json")
if not os.path.isfile(host_json):
    sys.exit(f"package.sh: {host_json} is missing: the publish did not produce a Function App root")
with open(host_json, encoding="utf-8") as f:
    executable = json.load(f)["customHandler"]["description"]["defaultExecutablePath"]
if not os.path.isfile(os.path.join(root, executable)):
    sys.exit(f"package.sh: host.json names the executable '{executable}', which the publish did not produce")

def is_executable(relative, path):
    # The handler host.json names, and the runtime's other programs (createdump): ELF files that are not shared
    # libraries. Modes are set here, not copied: NuGet-extracted files carry whatever their extraction left.
    if relative == executable:
        return True
    if relative.endswith(".so"):
        return False
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"

epoch = os.environ.get("SOURCE_DATE_EPOCH")
files = []
for directory, dirs, names in os.walk(root):
    dirs.sort()
    for name in sorted(names):
        path = os.path.join(directory, name)
        relative = os.path.relpath(path, root).replace(os.sep, "/")
        if os.path.islink(path) or not os.path.isfile(path):
            sys.exit(f"package.sh: {relative} is not a regular file")
        files.append((relative, path))
files.sort()

partial = target + ".partial"
with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for relative, path in files:
        seconds = int(epoch) if epoch else os.stat(path).st_mtime
        stamp = time.gmtime(max(seconds, 315532800))[:6]  # zip times start in 1980
        entry = zipfile.ZipInfo(relative, date_time=stamp)
        entry.create_system = 3  # Unix: the high 16 bits of external_attr are st_mode
        mode = 0o755 if is_executable(relative, path) else 0o644
        entry.external_attr = (stat.S_IFREG | mode) << 16
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.file_size = os.path.getsize(path)
        with open(path, "rb") as source, archive.open(entry, "w") as sink:
            while chunk := source.read(1 << 20):
                sink.write(chunk)
os.replace(partial, target)

functions = sorted(name for name in os.listdir(root) if os.path.isfile(os.path.join(root, name, "function.json")))
size = os.path.getsize(target)
print(f"{target}: {size} bytes ({size / 1048576:.1f} MiB), {len(files)} files, {len(functions)} functions")
if not functions:
    print("package.sh: warning: the app declares no functions; the Function App would run nothing", file=sys.stderr)
PY
