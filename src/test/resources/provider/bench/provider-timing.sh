#!/usr/bin/env bash
# Benchmark of the Terraform provider's start-up cost (not a test; run it by hand after `mvn package`):
#   1. provider start to handshake line: the installed launcher with its class-data-sharing (CDS) archive, and the
#      same JVM flags without the archive;
#   2. `terraform plan` wall time for a configuration without the provider, and with one connectonboard_quota data
#      source (offline, so no network is involved), with and without the archive.
# Prints the median of RUNS runs (default 7) of each, in milliseconds; CPU time is less sensitive than wall time
# to other work on the machine.
# usage: src/test/resources/provider/bench/provider-timing.sh [RUNS]
set -euo pipefail
runs="${1:-7}"
repo="$(cd "$(dirname "$0")/../../../../.." && pwd)"
jar="$repo/target/connect-onboard.jar"
[ -f "$jar" ] || { echo "build first: mvn -q -Dmaven.test.skip=true package" >&2; exit 2; }
command -v terraform >/dev/null || { echo "terraform is not on PATH" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache" CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1
unset TF_LOG

java -jar "$jar" provider install --dir "$work/mirror" > "$work/install.txt"
package="$(ls -d "$work"/mirror/terraform.local/connect-onboard/connectonboard/*/*)"
launcher="$(ls "$package"/terraform-provider-connectonboard_v*)"
# the same launcher without the archive, in a directory of its own for dev_overrides
mkdir -p "$work/nocds"
cp "$package/connect-onboard.jar" "$work/nocds/"
sed -e 's/^\[ -f "\$archive" \] && cds=.*$/cds=/' -e 's/^if \[ ! -f "\$archive" \] && .*; then$/if false; then/' \
  "$launcher" > "$work/nocds/terraform-provider-connectonboard"
chmod +x "$work/nocds/terraform-provider-connectonboard"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now_ms() { date +%s%3N; }

# 1. start to handshake, over mutual TLS as Terraform asks for it
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:secp521r1 -sha512 -nodes -keyout "$work/client.key" \
  -out "$work/client.pem" -days 1 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" 2>/dev/null
export TF_PLUGIN_MAGIC_COOKIE=d602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2
export PLUGIN_PROTOCOL_VERSIONS=5,6 PLUGIN_CLIENT_CERT="$(cat "$work/client.pem")"
handshake_ms() {
  local start line
  start=$(now_ms)
  coproc PROVIDER { exec "$1" 2>/dev/null; }
  read -r line <&"${PROVIDER[0]}"
  echo $(( $(now_ms) - start ))
  kill "$PROVIDER_PID" 2>/dev/null; wait "$PROVIDER_PID" 2>/dev/null || true
}
for i in $(seq "$runs"); do handshake_ms "$launcher" >> "$work/hs-cds"; handshake_ms "$work/nocds/terraform-provider-connectonboard" >> "$work/hs-nocds"; done
unset TF_PLUGIN_MAGIC_COOKIE PLUGIN_PROTOCOL_VERSIONS PLUGIN_CLIENT_CERT

# 2. terraform plan wall time
inputs="$repo/src/test/resources/provider/inputs"
mkdir -p "$work/plain" "$work/with"
echo 'output "answer" { value = 42 }' > "$work/plain/main.tf"
cat > "$work/with/main.tf" <<HCL
terraform {
  required_providers {
    connectonboard = { source = "terraform.local/connect-onboard/connectonboard" }
  }
}
provider "connectonboard" {
  platform_file = "$inputs/platform.yaml"
  quotas_file   = "$inputs/quotas.yaml"
  descriptors   = ["$inputs/departments"]
}
data "connectonboard_quota" "finance" {
  department = "finance"
  offline    = true
}
output "headroom" { value = data.connectonboard_quota.finance.headroom }
HCL
overrides() { printf 'provider_installation {\n  dev_overrides {\n    "terraform.local/connect-onboard/connectonboard" = "%s"\n  }\n  direct {}\n}\n' "$1"; }
overrides "$package" > "$work/cds.tfrc"
overrides "$work/nocds" > "$work/nocds.tfrc"
# wall time and CPU time (user + system, Terraform and the provider processes it waited for), in ms
plan_ms() {
  (cd "$1" && TF_CLI_CONFIG_FILE="$2" /usr/bin/time -f "%e %U %S" -o "$work/time" \
    terraform plan -no-color -input=false > "$work/plan.log" 2>&1) || { cat "$work/plan.log" >&2; exit 1; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}
for i in $(seq "$runs"); do
  plan_ms "$work/plain" "$work/cds.tfrc" >> "$work/plan-plain"
  plan_ms "$work/with" "$work/cds.tfrc" >> "$work/plan-cds"
  plan_ms "$work/with" "$work/nocds.tfrc" >> "$work/plan-nocds"
done
wall() { cut -d' ' -f1 "$1" | median; }
cpu() { cut -d' ' -f2 "$1" | median; }

echo "median of $runs runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "provider start to handshake, CDS archive:     $(median < "$work/hs-cds") ms"
echo "provider start to handshake, no archive:      $(median < "$work/hs-nocds") ms"
echo "terraform plan without the provider:          $(wall "$work/plan-plain") ms wall, $(cpu "$work/plan-plain") ms CPU"
echo "terraform plan with the provider, CDS:        $(wall "$work/plan-cds") ms wall, $(cpu "$work/plan-cds") ms CPU"
echo "terraform plan with the provider, no archive: $(wall "$work/plan-nocds") ms wall, $(cpu "$work/plan-nocds") ms CPU"
