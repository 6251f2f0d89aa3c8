import { agreementContentSchema, type AgreementContent } from '@shared/schemas/agreement.schema'

type Changes = Partial<AgreementContent>

/**
 * The fields of the form that are valid on their own, ready to autosave. A field being typed that is not valid
 * yet (an unreadable date, say) stays out of this save and keeps its message; everything else is saved.
 */
export function autosaveChanges(values: AgreementContent): { changes: Changes; invalidFields: string[] } {
  const changes: Changes = {}
  const invalidFields: string[] = []
  for (const [key, schema] of Object.entries(agreementContentSchema.shape)) {
    const parsed = schema.safeParse(values[key as keyof AgreementContent])
    if (parsed.success) Object.assign(changes, { [key]: parsed.data })
    else invalidFields.push(key)
  }
  return { changes, invalidFields }
}
