#!/usr/bin/env bash
# Tags a release: scripts/release.sh X.Y.Z
# Checks that the work tree is clean, dist/ matches a fresh build and the version agrees with
# package.json, then creates the annotated tag vX.Y.Z and moves the major tag vX to it.
# It pushes nothing; it prints the push commands.
# The reusable workflow .github/workflows/release-image.yml lives in this repository, so these
# same tags version it: `release-image.yml@vX` moves with the action. Its register step names the
# action by its major tag (`uses:` takes no expression), so the script checks it names this major.
set -euo pipefail
version="${1:?usage: scripts/release.sh X.Y.Z}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "not a version: $version" >&2; exit 1; }
cd "$(dirname "$0")/.."

[ -z "$(git status --porcelain)" ] || { echo "the work tree has changes; commit them first" >&2; exit 1; }
package_version=$(node -p "require('./package.json').version")
[ "$package_version" = "$version" ] || { echo "package.json says $package_version" >&2; exit 1; }
grep -q "\[$version\]" CHANGELOG.md || { echo "CHANGELOG.md has no [$version] section" >&2; exit 1; }
npm run build >/dev/null
[ -z "$(git status --porcelain -- dist)" ] || { echo "dist/ is stale: commit a fresh build" >&2; exit 1; }

major="v${version%%.*}"
workflow=.github/workflows/release-image.yml
action_refs=$(grep -oE 'sagemaker-image-version-action@[^[:space:]]+' "$workflow" | sort -u || true)
[ "$action_refs" = "sagemaker-image-version-action@$major" ] || {
  echo "$workflow must run the action at @$major, found: ${action_refs:-nothing}" >&2
  exit 1
}

git tag -a "v$version" -m "v$version"
git tag -fa "$major" -m "$major → v$version" "v$version^{}"
echo "Tagged v$version and moved $major. Push with:"
echo "  git push origin v$version && git push --force origin $major"
