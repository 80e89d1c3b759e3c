/**
 * Attack: a rate published beside its denominator gives its numerator back (0.8 × 10 = 8), an
 * attrition its number of people lost (4.4 % × 45 = 2), a response rate the respondents. Every
 * rate here goes through `protectDerived`, computed from the published counts.
 */
import { protectDerived } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { integer, random } from "./helpers.js";

const K = 10;

describe("attack: rate × denominator", () => {
  it("never gives back a numerator or a complement from 1 to k − 1", () => {
    const next = random(845);
    let tried = 0;
    for (let run = 0; run < 5000; run += 1) {
      const n = integer(next, 1, 80);
      const successes = integer(next, 0, n);
      const out = protectDerived({
        numerator: successes,
        denominator: n,
        compute: (s, d) => ({ rate: (s as number) / d, attrition: 1 - (s as number) / d }),
      });
      const d = out.denominator.value;
      const small = (x: number) => x > 0 && x < K;
      const guesses: number[] = [];
      if (out.numerator?.value != null) guesses.push(out.numerator.value);
      if (d !== null && out.numerator?.value != null) guesses.push(d - out.numerator.value);
      if (d !== null && out.values.rate?.value != null) guesses.push(Math.round(out.values.rate.value * d));
      if (d !== null && out.values.attrition?.value != null) guesses.push(Math.round(out.values.attrition.value * d));
      for (const g of guesses) {
        if (g === successes && small(successes)) throw new Error(`successes ${successes} of ${n} recovered`);
        if (g === n - successes && small(n - successes)) throw new Error(`${n - successes} lost of ${n} recovered`);
      }
      if (small(successes) || small(n - successes)) tried += 1;
    }
    expect(tried).toBeGreaterThan(1000);
  });

  it("control: an unprotected rate gives the numerator back", () => {
    expect(Math.round(0.8 * 10)).toBe(8);
    expect(Math.round((2 / 45) * 45)).toBe(2);
  });
});
