#!/usr/bin/env node
// Entry point of the `solidata` command: runs the compiled CLI.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
if (!existsSync(main)) {
  process.stderr.write(
    "solidata is not built yet: run `pnpm build` in the repository first.\n" +
      "solidata n'est pas encore compilé : lancez d'abord `pnpm build` dans le dépôt.\n",
  );
  process.exit(1);
}
await import(main);
