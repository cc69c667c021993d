#!/usr/bin/env bash
# npm run film:build: rebuilds the explainer film from its script in
# lib/content/film.ts. Writes public/film/ (video, captions, chapters, poster)
# and lib/film/film-manifest.json, which are committed: the site and its
# tests never need these tools.
#
# Needs espeak-ng (narration), ffmpeg (assembly) and chromium (slides):
#   sudo apt-get install -y espeak-ng ffmpeg chromium fonts-liberation
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v ffmpeg >/dev/null || missing+=(ffmpeg)
command -v ffprobe >/dev/null || missing+=(ffmpeg)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "film:build needs: ${missing[*]}. Install with:"
  echo "  sudo apt-get install -y espeak-ng ffmpeg chromium fonts-liberation"
  exit 1
fi

exec node_modules/.bin/tsx scripts/film/build-film.ts "$@"
