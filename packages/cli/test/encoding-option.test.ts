import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.js";
import { encodingOption } from "../src/encoding-option.js";
import { ExitCode } from "../src/exit-codes.js";

describe("encodingOption", () => {
  it("reads the usual names of the encodings solidata decodes", () => {
    expect(encodingOption(undefined, "en")).toBeUndefined();
    expect(encodingOption("UTF8", "en")).toBe("utf-8");
    expect(encodingOption("latin1", "fr")).toBe("windows-1252");
    expect(encodingOption("ISO-8859-1", "en")).toBe("windows-1252");
    expect(encodingOption("cp1252", "en")).toBe("windows-1252");
    expect(encodingOption("utf-16le", "en")).toBe("utf-16le");
  });

  it("refuses an unknown name with a usage error, and never a prototype key", () => {
    for (const bad of ["klingon", "constructor", "__proto__", "toString"]) {
      try {
        encodingOption(bad, "fr");
        expect.unreachable(`${bad} must be refused`);
      } catch (error) {
        expect(error).toBeInstanceOf(CliError);
        expect((error as CliError).exitCode).toBe(ExitCode.usage);
        expect((error as CliError).message).toContain(bad);
      }
    }
  });
});
