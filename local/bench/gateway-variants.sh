#!/usr/bin/env bash
# Paired runs of gateway variants in front of one static nginx answer: requests/s and the gateway process's CPU time
# per request, for comparing changes and ablations (./koploper bench --gateway is the three-row benchmark of record).
#
#   local/bench/gateway-variants.sh [--pairs=3] [--warm-up=50] [--seconds=10] VARIANT...
#
# A VARIANT is LABEL=JAR or LABEL=JAR,ARG,ARG... (Spring arguments for that jar, e.g.
# "noobs=gateway/target/gateway-0.1.0-SNAPSHOT.jar,--management.tracing.enabled=false"); bare=- is Spring Cloud Gateway
# as it comes (local/bare-gateway). The variants run in turn, each started fresh, warmed up with wrk, then three rounds;
# the whole sequence --pairs times. CPU per request (utime + stime of the gateway from /proc) moves less than
# requests/s on a two-core machine that wrk and nginx share; even so, compare the medians of several pairs, not rounds.
# Needs: a build (./mvnw -DskipTests install), nginx and wrk (Debian: nginx-light wrk), the ports below free and
# the local stack down (the variants use its issuer, started alone).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=0.1.0-SNAPSHOT
HOST=127.0.0.1 STATIC_PORT=18091 GATEWAY_PORT=18094
ISSUER=http://localhost:${KOPLOPER_OIDC_PORT:-8090}/koploper
JAVA=${JAVA:-java}
pairs=3 warm_up=50 seconds=10 variants=()
for arg in "$@"; do
  case $arg in
    --pairs=*) pairs=${arg#*=} ;;
    --warm-up=*) warm_up=${arg#*=} ;;
    --seconds=*) seconds=${arg#*=} ;;
    *=*) variants+=("$arg") ;;
    *) echo "unknown argument: $arg (see the head of $0)" >&2; exit 2 ;;
  esac
done
((${#variants[@]})) || { echo "name at least one variant, e.g. main=gateway/target/gateway-$VERSION.jar" >&2; exit 2; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "needs wrk and nginx (apt-get install wrk nginx-light)" >&2
  exit 2
fi

work=$(mktemp -d)
pids=()
# The issuer is the local stack's own (./koploper start oidc), alone: the services would share the two cores.
trap 'kill "${pids[@]}" 2>/dev/null || true; "$ROOT/koploper" stop oidc >/dev/null || true; rm -rf "$work"' EXIT
"$ROOT/koploper" start oidc >/dev/null
mkdir -p "$work/tmp"
printf '%s\n' "daemon off; worker_processes 1; pid $work/nginx.pid; error_log $work/nginx-error.log warn;" \
  "events { worker_connections 4096; }" \
  "http { access_log off; client_body_temp_path $work/tmp/b; proxy_temp_path $work/tmp/p;" \
  "  fastcgi_temp_path $work/tmp/f; uwsgi_temp_path $work/tmp/u; scgi_temp_path $work/tmp/s;" \
  "  server { listen $HOST:$STATIC_PORT; location / { default_type application/json;" \
  "    return 200 '{\"service\":\"static\",\"status\":\"UP\"}'; } } }" >"$work/nginx.conf"
"$(command -v nginx)" -p "$work" -c "$work/nginx.conf" -e "$work/nginx-error.log" >/dev/null 2>&1 &
pids+=($!)

run_variant() {
  local label=${1%%=*} spec=${1#*=} jar args=() launch pid token url code line c0 c1 result requests rate
  IFS=, read -r -a args <<<"$spec"
  jar=${args[0]}
  args=("${args[@]:1}")
  if [[ $label == bare ]]; then
    launch=(-cp "$ROOT/local/bare-gateway/target/local-bare-gateway-$VERSION.jar:$ROOT/local/bare-gateway/target/lib/*"
      nl.koploper.local.baregateway.BareGateway)
  else
    launch=(-jar "$jar")
  fi
  SERVER_ADDRESS=$HOST SERVER_PORT=$GATEWAY_PORT BARE_GATEWAY_BACKEND="http://$HOST:$STATIC_PORT" \
    SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI=$ISSUER \
    SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI=$ISSUER/jwks \
    SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=koploper COHORT_SERVICE_URI="http://$HOST:$STATIC_PORT" \
    GATEWAY_RATE_LIMIT_TENANT_RPS=1000000 GATEWAY_RATE_LIMIT_TENANT_BURST=1000000 \
    GATEWAY_RATE_LIMIT_PUBLIC_RPS=1000000 GATEWAY_RATE_LIMIT_PUBLIC_BURST=1000000 \
    "$JAVA" -Xmx256m -XX:+UseSerialGC "${launch[@]}" "${args[@]+"${args[@]}"}" >"$work/$label.log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 120); do curl -s -o /dev/null "http://$HOST:$GATEWAY_PORT/" && break; sleep 1; done
  # A fresh token for every variant run: the issuer's tokens live an hour, a long sequence outlives one.
  token=$("$ROOT/koploper" token --tenant ede --role coordinator)
  url=http://$HOST:$GATEWAY_PORT/api/cohorts/bench
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  wrk -t1 -c20 -d"${warm_up}s" -H "Authorization: Bearer $token" "$url" >/dev/null
  line="$(printf '%-14s' "$label") first answer $code"
  for _ in 1 2 3; do
    c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    result=$(wrk -t1 -c20 -d"${seconds}s" -H "Authorization: Bearer $token" "$url")
    c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    requests=$(awk '/requests in/ {print $1}' <<<"$result")
    rate=$(awk '/Requests\/sec/ {printf "%d", $2}' <<<"$result")
    # Clock ticks are 10 ms: ticks * 10,000 µs / requests.
    line+=" | $rate req/s, $(((c1 - c0) * 10000 / requests)) µs CPU/request"
    grep -q Non-2xx <<<"$result" && line+=" ($(awk '/Non-2xx/ {print $NF}' <<<"$result") not 2xx)"
  done
  echo "$line"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "# $(date -Iseconds), load average $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
for ((pair = 1; pair <= pairs; pair++)); do
  for variant in "${variants[@]}"; do run_variant "$variant"; done
done
