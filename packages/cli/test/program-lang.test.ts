import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { fakeIo } from "./report/fake-io.js";

const COMMANDS = ["inspect", "clean", "labels", "key", "privacy-check", "report", "init", "demo"];

describe("the command line speaks the chosen language, commander's own texts too", () => {
  it("writes help in French with --lang fr, even after --help", async () => {
    for (const command of COMMANDS) {
      const io = fakeIo("/tmp");
      expect(await runCli([command, "--help", "--lang", "fr"], io)).toBe(ExitCode.ok);
      const help = io.out.join("");
      expect(help, command).toMatch(/^Utilisation : solidata /);
      expect(help, command).toContain("Options :");
      expect(help, command).toContain("afficher l'aide de la commande");
      expect(help, command).toContain("Exemples :");
      expect(help, command).not.toMatch(/Usage:|display help|\(default:|Examples:/);
    }
  });
  it("writes help in English by default here, with examples for every command", async () => {
    for (const command of COMMANDS) {
      const io = fakeIo("/tmp");
      expect(await runCli([command, "--help"], io)).toBe(ExitCode.ok);
      expect(io.out.join(""), command).toMatch(/^Usage: solidata [\s\S]*Examples:/);
    }
  });
  it("words commander's errors in French and exits 2", async () => {
    const io = fakeIo("/tmp", { lang: "fr" });
    expect(await runCli(["report", "--bogus"], io)).toBe(ExitCode.usage);
    expect(io.err.join("")).toContain("erreur : option inconnue '--bogus'");
    const missing = fakeIo("/tmp", { lang: "fr" });
    expect(await runCli(["inspect"], missing)).toBe(ExitCode.usage);
    expect(missing.err.join("")).toContain("erreur : il manque l'argument 'file'");
  });
  it("refuses an unknown language with exit 2", async () => {
    const io = fakeIo("/tmp");
    expect(await runCli(["report", "--lang", "de"], io)).toBe(ExitCode.usage);
    expect(io.err.join("")).toContain("unknown language de: use fr or en.");
    expect(await runCli(["--lang=es", "demo"], fakeIo("/tmp"))).toBe(ExitCode.usage);
  });
});
