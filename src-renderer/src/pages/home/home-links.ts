import type { HomeItem, HomeListKind } from '@shared/domain/home'

/** The one place that resolves each kind of item, and the words of its link. */
export function resolveLink(kind: HomeListKind, item: HomeItem): { to: string; label: string } {
  const id = item.agreementId ?? 0
  switch (kind) {
    case 'drafts':
      return { to: `/conventions/${id}/etape/${item.wizardStep ?? 1}`, label: 'Reprendre' }
    case 'toSign':
      return { to: `/conventions/${id}/documents`, label: 'Faire signer' }
    case 'notStarted':
      return { to: `/conventions/${id}/suivi`, label: 'Voir le suivi' }
    case 'ending':
      return { to: `/conventions/${id}/suivi#cycle`, label: 'Renouveler ou clore' }
    case 'committees':
      return { to: `/conventions/${id}/suivi#comites`, label: 'Enregistrer le comité' }
    case 'reports':
      return item.report === 'evaluation'
        ? { to: `/conventions/${id}/suivi#bilan`, label: 'Rédiger le bilan' }
        : { to: `/conventions/${id}/suivi#resultats`, label: 'Saisir les résultats' }
    case 'amendments':
      return { to: `/conventions/${id}/documents`, label: 'Faire signer l’avenant' }
    case 'conflicts':
      return { to: '/echanges', label: 'Choisir les versions' }
  }
}
