import type { Agreement } from '../domain/agreement'
import type { LocalNeed } from '../domain/need'
import type { Contact, Partner } from '../domain/partner'
import type { Settings } from '../schemas/settings.schema'

/** Everything a convention says, gathered by the service before the pure builders run. */
export interface DocumentSources {
  agreement: Agreement
  partner: Partner | null
  need: LocalNeed | null
  settings: Settings
  /** Labels of the agreement's action domains, in order. */
  domainLabels: string[]
  /** Labels of the agreement's benefits for the partner. */
  benefitLabels: string[]
  partnerSignatory: Contact | null
}

/** Placeholder printed where a required detail is still missing, so a draft shows its gaps instead of hiding them. */
export const MISSING = '[à compléter]'

export function orMissing(value: string | null | undefined): string {
  return value === null || value === undefined || value.trim() === '' ? MISSING : value
}

/** Free text ends a clause: give it its final full stop when the coordinator left it out. */
export function asSentence(text: string): string {
  const trimmed = text.trim()
  return trimmed === '' || /[.!?…»)]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
