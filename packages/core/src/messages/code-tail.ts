/**
 * The ends of the codes that start with a prefix, as a union: `CodeTail<MessageCode, "indicators.skipped.">`
 * is `"no_volunteers" | "no_beneficiaries" | …`. A code built from a prefix and such a tail
 * (`` `indicators.skipped.${reason}` ``) is then checked by the compiler against the catalogue.
 *
 * @example
 * // type Reason = CodeTail<MessageCode, "indicators.skipped."> is "no_volunteers" | "no_outcomes" | …
 * const reason: CodeTail<MessageCode, "indicators.skipped."> = "no_outcomes";
 * formatMessage(`indicators.skipped.${reason}`, "en") // => "Outcomes section left out: ..."
 */
export type CodeTail<Code extends string, Prefix extends string> = Code extends `${Prefix}${infer Tail}` ? Tail : never;
