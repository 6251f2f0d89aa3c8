import type { SearchHit } from '@shared/domain/portfolio'

/** Where a hit opens: a draft in its wizard step, a convention to sign on its documents, a signed one on its follow-up. */
export function searchTarget(hit: SearchHit): string {
  switch (hit.kind) {
    case 'partner':
      return `/partenaires/${hit.id}`
    case 'need':
      return `/besoins/${hit.id}`
    case 'agreement':
      if (hit.status === 'draft') return `/conventions/${hit.id}/etape/${hit.wizardStep ?? 1}`
      if (hit.status === 'ready_for_signature') return `/conventions/${hit.id}/documents`
      return `/conventions/${hit.id}/suivi`
  }
}

export const KIND_LABELS: Record<SearchHit['kind'], string> = {
  agreement: 'Convention',
  partner: 'Partenaire',
  need: 'Besoin local'
}
