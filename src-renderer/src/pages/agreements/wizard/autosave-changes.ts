import { agreementContentSchema, type AgreementContent } from '@shared/schemas/agreement.schema'

type Changes = Partial<AgreementContent>

export interface AutosaveOptions {
  /** What the database holds: only fields that differ from it are sent (the CLI may have changed the others). */
  saved?: AgreementContent
  /** Fields waiting for the coordinator's confirmation (a start date in the past): not saved yet. */
  heldBack?: ReadonlySet<string>
}

/**
 * The changed fields of the form that are valid on their own, ready to autosave. A field being typed that is not
 * valid yet (an unreadable date, say) stays out of this save and keeps its message; everything else is saved.
 */
export function autosaveChanges(
  values: AgreementContent,
  { saved, heldBack }: AutosaveOptions = {}
): { changes: Changes; invalidFields: string[]; heldBackFields: string[] } {
  const changes: Changes = {}
  const invalidFields: string[] = []
  const heldBackFields: string[] = []
  for (const [key, schema] of Object.entries(agreementContentSchema.shape)) {
    const parsed = schema.safeParse(values[key as keyof AgreementContent])
    if (!parsed.success) invalidFields.push(key)
    else if (heldBack?.has(key)) heldBackFields.push(key)
    else if (!saved || JSON.stringify(parsed.data) !== JSON.stringify(saved[key as keyof AgreementContent]))
      Object.assign(changes, { [key]: parsed.data })
  }
  return { changes, invalidFields, heldBackFields }
}
