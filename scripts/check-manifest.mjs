// Checks that a packed tarball is ready to publish: the manifest fields a registry user relies on
// (files, exports, types, licence, repository, engines, access) and that every file they name is
// in the tarball. Usage: node scripts/check-manifest.mjs solidata-core-0.1.0.tgz
import { execFileSync } from "node:child_process";

const tgz = process.argv[2];
if (!tgz) throw new Error("check-manifest: give a .tgz file");
const listing = new Set(
  execFileSync("tar", ["-tzf", tgz], { encoding: "utf8" })
    .split("\n")
    .filter(Boolean)
    .map((p) => p.replace(/^package\//, "")),
);
const manifest = JSON.parse(execFileSync("tar", ["-xzOf", tgz, "package/package.json"], { encoding: "utf8" }));
const problems = [];
const need = (ok, what) => {
  if (!ok) problems.push(what);
};
const has = (target) => listing.has(target.replace(/^\.\//, ""));

const short = String(manifest.name ?? "").replace(/^@solidata\//, "");
need(/^@solidata\/[a-z]+$/.test(manifest.name ?? ""), `name ${manifest.name}`);
need(/^\d+\.\d+\.\d+/.test(manifest.version ?? ""), `version ${manifest.version}`);
need(typeof manifest.description === "string" && manifest.description.length > 0, "description");
need(manifest.license === "MIT" && has("LICENSE"), "license MIT with a LICENSE file");
need(has("README.md"), "README.md");
need(manifest.type === "module" && manifest.sideEffects === false, "type module, sideEffects false");
need(manifest.engines?.node === ">=20.19", `engines.node ${manifest.engines?.node}`);
need(
  manifest.publishConfig?.access === "public",
  "publishConfig.access public (a scoped package is private otherwise)",
);
need(
  manifest.repository?.type === "git" &&
    /^git\+https:\/\/.+\.git$/.test(manifest.repository?.url ?? "") &&
    manifest.repository?.directory === `packages/${short}`,
  `repository { type: git, url: git+https://….git, directory: packages/${short} }`,
);
need(Array.isArray(manifest.files) && manifest.files.includes("dist"), "files lists dist");
need(manifest.exports?.["."] !== undefined, 'exports "."');
for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
  if (typeof target === "string") {
    need(has(target), `exports ${subpath} -> ${target} is in the tarball`);
    continue;
  }
  const keys = Object.keys(target);
  need(keys[0] === "types" && keys.at(-1) === "default", `exports ${subpath}: types first, default last`);
  need(has(target.types ?? "") && String(target.types).endsWith(".d.ts"), `exports ${subpath} types ${target.types}`);
  need(has(target.default ?? ""), `exports ${subpath} default ${target.default}`);
}
for (const [name, target] of Object.entries(manifest.bin ?? {})) need(has(target), `bin ${name} -> ${target}`);
for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
  for (const [dep, spec] of Object.entries(manifest[field] ?? {})) {
    need(!/^(workspace|file|link):/.test(spec), `${field} ${dep} ${spec} resolves outside the workspace`);
  }
}
// arquero 8.0.3 pulls @uwdata/flechette 2.7.0, whose dependency the registry does not serve
if (manifest.dependencies?.arquero !== undefined) {
  need(manifest.dependencies?.["@uwdata/flechette"] === "2.6.0", "arquero needs @uwdata/flechette pinned to 2.6.0");
}
if (problems.length > 0) {
  process.stderr.write(`check-manifest: ${manifest.name} is not ready to publish:\n  ${problems.join("\n  ")}\n`);
  process.exit(1);
}
process.stdout.write(
  `check-manifest: ${manifest.name}@${manifest.version} (${listing.size} files) is ready to publish\n`,
);
