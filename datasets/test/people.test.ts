import { describe, expect, it } from "vitest";
import { loadBranches } from "../src/communes.js";
import { drawPeople } from "../src/people.js";
import { createRandom, weightedPicker } from "../src/random.js";

describe("drawPeople", () => {
  it("a smaller pool is a prefix of a bigger one (files generated apart still link)", () => {
    const small = drawPeople(9, "beneficiaries", 50, 1940, 2007);
    const big = drawPeople(9, "beneficiaries", 500, 1940, 2007);
    expect(big.slice(0, 50).map((p) => [p.id, p.firstName, p.lastName, p.phone, p.commune.code])).toEqual(
      small.map((p) => [p.id, p.firstName, p.lastName, p.phone, p.commune.code]),
    );
  });

  it("places people in real communes of their branch, in proportion to population", () => {
    const people = drawPeople(1, "volunteers", 20_000, 1945, 2007);
    const marseille = people.filter((p) => p.commune.code === "13055").length;
    const marseilleBranch = people.filter((p) => p.branch.departement === "13").length;
    const branch = loadBranches().find((b) => b.departement === "13")!;
    const total = branch.communes.reduce((s, c) => s + c.population, 0);
    const expected = branch.communes.find((c) => c.code === "13055")!.population / total;
    expect(marseille / marseilleBranch).toBeGreaterThan(expected - 0.03);
    expect(marseille / marseilleBranch).toBeLessThan(expected + 0.03);
    for (const p of people.slice(0, 500)) {
      expect(p.commune.departement).toBe(p.branch.departement);
      expect(p.commune.postcode).toMatch(/^\d{5}$/);
    }
    expect(people.some((p) => p.commune.postcode.startsWith("0"))).toBe(true);
    expect(people.some((p) => p.commune.departement === "2A")).toBe(true);
    expect(people.some((p) => p.phone.startsWith("+590"))).toBe(true);
  });
});

describe("createRandom and weightedPicker", () => {
  it("repeat for a seed, differ between seeds and streams", () => {
    const draw = (seed: number, stream = 0) => {
      const r = createRandom(seed, stream);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
    expect(draw(3, 1)).not.toEqual(draw(3, 2));
  });

  it("picks in proportion to the weights and never a zero weight", () => {
    const pick = weightedPicker([1, 0, 3]);
    const random = createRandom(1);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pick(random)]! += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.8);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.2);
    expect(() => weightedPicker([0, 0])).toThrow("weightedPicker: needs at least one positive weight");
  });
});
