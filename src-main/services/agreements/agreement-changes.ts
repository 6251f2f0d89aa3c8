import type { AgreementContent } from '../../shared/schemas/agreement.schema'

/**
 * Fields whose change is worth a line in the history. Free text is left out: autosave sends it while the
 * coordinator types, and a line per keystroke pause would drown the real events.
 */
const SIGNIFICANT_FIELDS: ReadonlyArray<[keyof AgreementContent, string]> = [
  ['needId', 'besoin local'],
  ['partnerId', 'partenaire'],
  ['route', 'voie de conclusion'],
  ['type', 'type de partenariat'],
  ['startDate', 'date de début'],
  ['durationMonths', 'durée'],
  ['partnerSignatoryContactId', 'signataire du partenaire']
]

/** French summary of the significant changes between two versions of a draft, or null when there are none. */
export function describeSignificantChanges(before: AgreementContent, after: AgreementContent): string | null {
  const changed = SIGNIFICANT_FIELDS.filter(
    ([field]) => JSON.stringify(before[field]) !== JSON.stringify(after[field])
  ).map(([, label]) => label)
  return changed.length > 0 ? `Modifié : ${changed.join(', ')}.` : null
}
