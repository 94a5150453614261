#!/usr/bin/env bash
# Runs bench_health beside Prometheus' blackbox_exporter: nginx serves the loopback
# endpoints (20 ports, /p/<n> answers "ok"), blackbox_exporter gets the same probes through
# its /probe endpoint, and bench_health prints both sets of figures.
#
#     tests/bench/bench_health.sh [BUILD_DIR] [bench_health options...]
#
# Installs prometheus-blackbox-exporter (Debian) when it is missing, without starting its
# system service: only the benchmark needs it.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-${BUILD_DIR:-$src/build}}
[ $# -gt 0 ] && shift
bench="$build/bin/bench_health"
[ -x "$bench" ] || { echo "bench_health: build it first ($bench)" >&2; exit 1; }

if ! command -v prometheus-blackbox-exporter >/dev/null; then
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  # policy-rc.d answering 101 keeps the package from starting its system-wide service.
  policy=/usr/sbin/policy-rc.d
  added=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod +x "$policy" && added=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus-blackbox-exporter >/dev/null
  [ -n "$added" ] && $sudo rm -f "$policy"
fi
command -v nginx >/dev/null || { echo "bench_health: nginx is missing (scripts/bootstrap installs nginx-light)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Free ports, picked by the kernel.
read -r -a ports < <(python3 - <<'PY'
import socket
socks = []
for _ in range(21):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
)
blackbox_port=${ports[20]}
endpoint_ports=("${ports[@]:0:20}")

mkdir -p "$work/tmp"
{
  echo "worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/error.log warn;"
  echo "events { worker_connections 8192; }"
  echo "http { access_log off; keepalive_requests 1000000;"
  echo "  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;"
  echo "  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;"
  echo "  server {"
  for p in "${endpoint_ports[@]}"; do echo "    listen 127.0.0.1:$p;"; done
  echo "    location /p/ { default_type text/plain; return 200 \"ok\\n\"; }"
  echo "  }"
  echo "}"
} > "$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)

cat > "$work/blackbox.yml" <<YML
modules:
  http_2xx:
    prober: http
    timeout: 1s
    http:
      preferred_ip_protocol: ip4
      ip_protocol_fallback: false
YML
prometheus-blackbox-exporter --config.file="$work/blackbox.yml" \
  --web.listen-address="127.0.0.1:$blackbox_port" --log.level=warn &
blackbox_pid=$!
pids+=($blackbox_pid)

answers() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$1" 2>/dev/null; }
for _ in $(seq 50); do
  answers "http://127.0.0.1:${endpoint_ports[0]}/p/0" && answers "http://127.0.0.1:$blackbox_port/-/healthy" && break
  sleep 0.1
done

echo "nginx $(nginx -v 2>&1 | sed 's/.*\///'), $(prometheus-blackbox-exporter --version 2>&1 | head -1)"
"$bench" --ports "$(IFS=,; echo "${endpoint_ports[*]}")" \
  --blackbox "http://127.0.0.1:$blackbox_port" --blackbox-pid "$blackbox_pid" "$@"
