#!/usr/bin/env bash
# The smoke "deploy": given only the promoted package (SHIPGATE_SHA, SHIPGATE_PACKAGE_DIGEST,
# SHIPGATE_REFS), writes what production monitoring would report for it.
set -euo pipefail
: "${SHIPGATE_SHA:?}" "${SHIPGATE_PACKAGE_DIGEST:?}" "${SHIPGATE_REFS:?}"
mkdir -p .smoke/production
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
printf '{"lastSuccess":"%s"}\n' "$now" > .smoke/production/canary.json
printf '{"sha":"%s","checkedAt":"%s","packageDigest":"%s"}\n' "$SHIPGATE_SHA" "$now" "$SHIPGATE_PACKAGE_DIGEST" > .smoke/production/probe.json
echo "deployed $SHIPGATE_PACKAGE_DIGEST: $SHIPGATE_REFS"
