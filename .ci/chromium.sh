#!/usr/bin/env bash
# Installs headless Chromium (Debian's `chromium` package) when no Chromium is on the PATH: the HTML report's browser
# tests (tests/BiometricConsent.Tests/Reporting/HtmlReportBrowserTests.cs) render the page in it and never skip in CI.
# Idempotent: does nothing when one is there already or CHROMIUM names one. Needs root (or sudo) and apt-get.
set -euo pipefail

if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then
  exit 0
fi
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "No Chromium found and no apt-get to install one; install Chromium or set CHROMIUM to its executable." >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

echo "::: Installing chromium for the HTML report's browser tests"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium
