#!/usr/bin/env bash
# Offline check of deploy/ and docker-compose.yml: no cluster, no Docker engine.
#
#  1. renders every overlay under deploy/overlays with `kubectl kustomize` (kubectl with kustomize 5+);
#  2. validates every rendered object against the Kubernetes schemas (npm package kubernetes-models) and asserts
#     probes, resources, security context, images, ports, environment variable names, Services, autoscalers,
#     Kafka topics, network policies and the production settings (deploy/check/check.mjs);
#  3. checks docker-compose.yml and docker/ against the same list of names and ports (deploy/check/expected.mjs).
#
# Usage: deploy/check.sh            exit 0 all passed, 1 a check failed, 2 a tool is missing
#   KUBECTL=/path/to/kubectl        a kubectl other than the one on the PATH
#   KOPLOPER_REQUIRE_KUSTOMIZE=true fail (exit 2) instead of skipping the overlays when no usable kubectl is found
#
# Without a kubectl whose kustomize is 5 or newer the script first tries `apt-get install kubectl` (the package
# the development machines carry; Debian's own `kubernetes-client` ships kustomize 2, which cannot render these
# overlays, and is not tried). If that fails too, it skips rendering with a loud warning and still checks
# docker-compose.yml: a machine without kubectl should not fail CI for a tool it cannot get, and the warning is
# in the output for anyone who reads it. CI machines of this project have kubectl 1.32 / kustomize 5.5.
set -euo pipefail

DEPLOY=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$DEPLOY/.." && pwd)
CHECK=$DEPLOY/check
KUBECTL=${KUBECTL:-kubectl}
started=$(date +%s)

say() { printf 'deploy-check: %s\n' "$*"; }
die() { printf 'deploy-check: %s\n' "$1" >&2; exit "${2:-1}"; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---------------------------------------------------------------- node and the npm packages

command -v node >/dev/null || die "needs Node.js 20+ (node) on the PATH" 2
command -v npm >/dev/null || die "needs npm on the PATH" 2
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "needs Node.js 20+, found $(node --version)" 2

# npm ci only when the lock file changed since the last install (it deletes node_modules and takes ~10 s).
stamp=$CHECK/node_modules/.koploper-package-lock.json
if ! cmp -s "$CHECK/package-lock.json" "$stamp" 2>/dev/null; then
  say "npm ci (deploy/check/package-lock.json)"
  (cd "$CHECK" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in deploy/check" 2
  cp "$CHECK/package-lock.json" "$stamp"
fi

# ---------------------------------------------------------------- kubectl with kustomize 5+

# Prints the major version of kubectl's built-in kustomize, or nothing.
kustomize_major() {
  command -v "$KUBECTL" >/dev/null || return 0
  "$KUBECTL" version --client -o json 2>/dev/null | node -e '
    let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
      try { const v = JSON.parse(s).kustomizeVersion || ""; const m = /^v?(\d+)\./.exec(v); if (m) console.log(m[1]); } catch {}
    });'
}

major=$(kustomize_major)
if [[ -z $major || $major -lt 5 ]]; then
  found=none; [[ -n $major ]] && found="kustomize v$major"
  say "no kubectl with kustomize 5+ (found: $found); trying apt-get install kubectl"
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    { apt-get install -y -qq kubectl || { apt-get update -qq && apt-get install -y -qq kubectl; }; } >/dev/null 2>&1 || true
  fi
  KUBECTL=kubectl
  major=$(kustomize_major)
fi

rendered=()
no_render=()
if [[ -n $major && $major -ge 5 ]]; then
  for dir in "$DEPLOY"/overlays/*/; do
    overlay=$(basename "$dir")
    if ! "$KUBECTL" kustomize "$dir" >"$tmp/$overlay.yaml" 2>"$tmp/$overlay.err"; then
      cat "$tmp/$overlay.err" >&2
      die "kubectl kustomize deploy/overlays/$overlay failed (above)"
    fi
    say "rendered overlays/$overlay: $(grep -c '^kind:' "$tmp/$overlay.yaml") objects"
    rendered+=(--rendered "$overlay=$tmp/$overlay.yaml")
  done
else
  [[ ${KOPLOPER_REQUIRE_KUSTOMIZE:-false} == true ]] &&
    die "no kubectl with kustomize 5+ and KOPLOPER_REQUIRE_KUSTOMIZE=true: install kubectl 1.27+ (not Debian's kubernetes-client)" 2
  cat >&2 <<'EOF'
deploy-check: ************************************************************************************************
deploy-check: WARNING: no kubectl with kustomize 5+ here, so the Kubernetes overlays are NOT rendered or checked.
deploy-check: Only docker-compose.yml and the list of names are checked. Install kubectl 1.27+ (not Debian's
deploy-check: kubernetes-client, whose kustomize 2 cannot render them) or set KOPLOPER_REQUIRE_KUSTOMIZE=true.
deploy-check: ************************************************************************************************
EOF
  no_render=(--no-render-reason "no kubectl with kustomize 5+")
fi

# ---------------------------------------------------------------- Boot's property metadata (optional)

# The property names Spring Boot itself declares, from the configuration metadata in the Boot jars of the parent's
# version in the local Maven repository (there after any build). check.mjs verifies that each SPRING_* name binds
# to a declared property; without the jars (a fresh machine before its first build) that part is skipped.
boot_version=$(grep -A1 '<artifactId>spring-boot-starter-parent</artifactId>' "$ROOT/pom.xml" | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')
m2=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
metadata=()
if [[ -n $boot_version ]] && command -v unzip >/dev/null; then
  mkdir -p "$tmp/boot-metadata"
  for jar in "$m2"/org/springframework/boot/*/"$boot_version"/*-"$boot_version".jar; do
    [[ -f $jar ]] || continue
    unzip -p "$jar" META-INF/spring-configuration-metadata.json >"$tmp/boot-metadata/$(basename "$jar" .jar).json" 2>/dev/null ||
      rm -f "$tmp/boot-metadata/$(basename "$jar" .jar).json"
  done
  metadata=(--boot-metadata "$tmp/boot-metadata")
fi

# ---------------------------------------------------------------- the assertions

status=0
node "$CHECK/check.mjs" --repo "$ROOT" "${rendered[@]}" "${no_render[@]}" "${metadata[@]}" || status=$?
say "took $(($(date +%s) - started)) s"
exit "$status"
