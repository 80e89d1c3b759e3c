#!/usr/bin/env bash
# Packs each published package and checks that the tarballs install and import from an empty directory.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pnpm="npx --yes pnpm@10.34.8"
for pkg in core viz cli; do
  (cd "$root/packages/$pkg" && $pnpm pack --pack-destination "$work" >/dev/null)
done
mkdir -p "$work/app" && cd "$work/app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$work"/solidata-core-*.tgz "$work"/solidata-viz-*.tgz "$work"/solidata-cli-*.tgz >/dev/null
node --input-type=module -e '
  const core = await import("@solidata/core");
  const node = await import("@solidata/core/node");
  const viz = await import("@solidata/viz");
  const vizNode = await import("@solidata/viz/node");
  const cli = await import("@solidata/cli");
  for (const [name, mod] of Object.entries({ core, node, viz, vizNode, cli }))
    if (Object.keys(mod).length === 0) throw new Error(`@solidata/${name} exports nothing`);
  console.log("pack check: core, core/node, viz, viz/node and cli install and import from an empty directory");
'
npx --no-install solidata --version >/dev/null
echo "pack check: the solidata command runs from the installed tarball"
npx --no-install solidata demo --lang en --out ./demo-report >/dev/null 2>&1
test -s ./demo-report/report.html
echo "pack check: the installed solidata demo writes report.html ($(wc -c < ./demo-report/report.html) bytes)"

# A global install of the three tarballs (as a user would put `solidata` on their PATH), into a
# temporary prefix, then the command run from another folder with relative paths.
npm install -g --prefix "$work/global" --no-audit --no-fund --loglevel=error \
  "$work"/solidata-core-*.tgz "$work"/solidata-viz-*.tgz "$work"/solidata-cli-*.tgz >/dev/null
mkdir -p "$work/elsewhere" && cd "$work/elsewhere"
cp "$root/datasets/samples/fr/benevoles.csv" .
PATH="$work/global/bin:$PATH" solidata inspect benevoles.csv --lang en >inspect.txt 2>/dev/null
grep -q "benevoles.csv" inspect.txt
PATH="$work/global/bin:$PATH" solidata demo --lang fr --out ./demo-report >/dev/null 2>&1
test -s ./demo-report/report.html
echo "pack check: a global install puts solidata on the PATH; inspect and demo run from another folder ($(wc -l < inspect.txt) lines, $(wc -c < ./demo-report/report.html) bytes)"

# Each tarball is ready to publish: its manifest fields and the files they name, then npm's own dry run.
for tgz in "$work"/solidata-core-*.tgz "$work"/solidata-viz-*.tgz "$work"/solidata-cli-*.tgz; do
  node "$root/scripts/check-manifest.mjs" "$tgz"
  npm publish --dry-run --loglevel=warn "$tgz" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  # the only warning allowed is that nobody is logged in (a dry run does not need it)
  if grep -i "warn" "$work/publish.log" | grep -vq "requires you to be logged in"; then cat "$work/publish.log"; exit 1; fi
done
echo "pack check: core, viz and cli pass npm publish --dry-run"
