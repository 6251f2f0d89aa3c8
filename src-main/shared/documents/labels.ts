/** French wording of the stored codes, as the documents print them; each partnership type words its own codes. */

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
