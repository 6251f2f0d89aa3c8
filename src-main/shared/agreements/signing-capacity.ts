import type { LegalFormCode } from '../reference/reference-data'

/**
 * The capacity in which a contact signs, read from the function recorded on the partner's record (« Présidente »,
 * « Directeur général », « Directrice, dûment habilitée par délégation du président »). A delegate says so in its
 * function: the words « dûment habilité(e) » or « par délégation » are what a legal department looks for.
 */
export type SigningCapacity = 'chair' | 'chief-executive' | 'manager' | 'director' | 'delegate'

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

const PATTERNS: ReadonlyArray<readonly [SigningCapacity, RegExp]> = [
  ['delegate', /dument habilite|par delegation|delegation de pouvoirs?|delegataire/],
  ['chief-executive', /direct(eur|rice) general|president-directeur|\bp\.?d\.?g\b|\bd\.?g\b/],
  ['chair', /\b(co-?)?presidente?\b/],
  ['manager', /\b(co-?)?gerante?\b/],
  ['director', /\bdirect(eur|rice)\b/]
]

export function signingCapacityOf(role: string | null): SigningCapacity | null {
  if (role === null) return null
  const text = normalise(role)
  if (/vice-?presid/.test(text) && !PATTERNS[0]?.[1].test(text)) return null
  return PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? null
}

/** Who binds each legal form toward third parties, besides a delegate with written powers. */
const BINDING: Readonly<Record<LegalFormCode, readonly SigningCapacity[]>> = {
  'association-1901': ['chair'],
  foundation: ['chair'],
  mutual: ['chair'],
  sa: ['chief-executive'],
  sas: ['chair', 'chief-executive'],
  sarl: ['manager'],
  scop: ['chair', 'chief-executive', 'manager'],
  scic: ['chair', 'chief-executive', 'manager'],
  'public-body': ['chair', 'director'],
  other: ['chair', 'chief-executive', 'manager']
}

const CAPACITY_WORDING: Readonly<Record<SigningCapacity, string>> = {
  chair: 'président(e)',
  'chief-executive': 'directeur(rice) général(e)',
  manager: 'gérant(e)',
  director: 'directeur(rice)',
  delegate: 'délégataire « dûment habilité(e) »'
}

export function bindsPartner(capacity: SigningCapacity | null, legalForm: LegalFormCode): boolean {
  return capacity === 'delegate' || (capacity !== null && BINDING[legalForm].includes(capacity))
}

/** « président(e) ou délégataire « dûment habilité(e) » », for the refusal message. */
export function bindingCapacitiesText(legalForm: LegalFormCode): string {
  return [...BINDING[legalForm], 'delegate' as const]
    .map((capacity) => CAPACITY_WORDING[capacity])
    .join(', ou ')
}
