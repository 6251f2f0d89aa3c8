/**
 * How a stored code reads: `label` on screen (form options, summaries), `wording` inside a clause. Records keyed by
 * the codes, so that a code added to a schema without its French wording does not compile.
 */
export interface CodeLabel {
  label: string
  wording: string
}

export type CodeLabels<Code extends string> = Readonly<Record<Code, CodeLabel>>

/** The screen labels of a record, in the order of its codes, as select options. */
export function labelOptions<Code extends string>(
  labels: CodeLabels<Code>
): Array<{ value: Code; label: string }> {
  return (Object.keys(labels) as Code[]).map((value) => ({ value, label: labels[value].label }))
}

/** The screen label of a code that may be unset. */
export function labelOf<Code extends string>(labels: CodeLabels<Code>, code: Code | null): string {
  return code === null ? '' : labels[code].label
}
