/** French wording of the stored codes, as the documents print them. */

export const REMUNERATION_MODEL_WORDING = {
  'flat-monthly': 'un forfait mensuel',
  'per-operation': 'une rémunération à l’opération',
  commission: 'une commission',
  'lump-sum': 'une somme forfaitaire unique'
} as const

export const BILLING_FREQUENCY_WORDING = {
  monthly: 'mensuelle',
  quarterly: 'trimestrielle',
  'half-yearly': 'semestrielle',
  yearly: 'annuelle'
} as const

export const OWNERSHIP_WORDING = {
  'la-poste': 'La Poste est seule propriétaire',
  partner: 'le Partenaire est seul propriétaire',
  shared: 'La Poste et le Partenaire sont copropriétaires, à parts égales,'
} as const

export const SUPPLIER_STATUS_WORDING = {
  esat: 'établissement et service d’aide par le travail (ESAT)',
  ea: 'entreprise adaptée (EA)',
  siae: 'structure d’insertion par l’activité économique (SIAE)',
  other: 'fournisseur de l’économie sociale et solidaire'
} as const

export const PATRONAGE_NATURE_WORDING = {
  financial: 'un mécénat financier',
  'in-kind': 'un mécénat en nature',
  skills: 'un mécénat de compétences'
} as const

export const SITE_KIND_WORDING = {
  'post-office': 'le bureau de poste',
  'digital-step': 'l’étape numérique',
  'relais-poste': 'le Relais Poste',
  other: 'le site'
} as const

export const DOCUMENT_KIND_LABELS = {
  draft: 'Projet',
  for_signature: 'Pour signature',
  signed: 'Signée'
} as const

export type DocumentKind = keyof typeof DOCUMENT_KIND_LABELS
