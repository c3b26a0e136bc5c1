#!/usr/bin/env bash
# Builds the seven images (gateway, the five services and the portal) from docker/Dockerfile.
#
# Usage: docker/build-images.sh [--skip-maven] [--push] [--up]
#   KOPLOPER_REGISTRY  image name prefix (default: koploper, i.e. koploper/<app>:<tag>)
#   KOPLOPER_TAG       image tag (default: local; CI would use the commit, e.g. $(git rev-parse --short HEAD))
#   KOPLOPER_JRE_IMAGE base image (default: eclipse-temurin:25-jre; any JRE 21+)
#   --skip-maven  use the jars already in */target (e.g. CI built and tested them a step before)
#   --push        docker push every image after building it
#   --up          then start the container stack: docker compose up -d --wait (needs the tag 'local' or KOPLOPER_TAG
#                 exported, since docker-compose.yml reads the same variable)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APPS=(gateway cohort-service assessment-service footprint-service events-service notification-service portal)
REGISTRY=${KOPLOPER_REGISTRY:-koploper}
TAG=${KOPLOPER_TAG:-local}
JRE_IMAGE=${KOPLOPER_JRE_IMAGE:-eclipse-temurin:25-jre}
maven=yes push=no up=no

for arg in "$@"; do
  case $arg in
    --skip-maven) maven=no ;;
    --push) push=yes ;;
    --up) up=yes ;;
    -h|--help) sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "build-images: unknown argument '$arg' (see --help)" >&2; exit 2 ;;
  esac
done

command -v docker >/dev/null || { echo "build-images: needs docker (a Docker engine with BuildKit)" >&2; exit 1; }
cd "$ROOT"

if [[ $maven == yes ]]; then
  # One reactor build for all seven; the tests ran in CI (./mvnw -B verify).
  pl=$(IFS=,; echo "${APPS[*]}")
  ./mvnw -B -q -DskipTests -pl "$pl" -am package
fi

for app in "${APPS[@]}"; do
  compgen -G "$app/target/$app-*.jar" >/dev/null || { echo "build-images: no $app/target/$app-*.jar (run without --skip-maven)" >&2; exit 1; }
  image=$REGISTRY/$app:$TAG
  echo "build-images: $image"
  DOCKER_BUILDKIT=1 docker build -f docker/Dockerfile --build-arg APP="$app" --build-arg JRE_IMAGE="$JRE_IMAGE" -t "$image" .
  [[ $push == yes ]] && docker push "$image"
done

if [[ $up == yes ]]; then
  KOPLOPER_TAG=$TAG KOPLOPER_REGISTRY=$REGISTRY docker compose up -d --wait
  echo "build-images: stack is up; portal http://localhost:8070, gateway http://localhost:8080, Mailpit http://localhost:8025, Keycloak http://localhost:8180"
fi
