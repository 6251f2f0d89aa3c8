import type { LocalNeed } from '../domain/need'
import type { Annex } from './document-model'
import { orMissing } from './document-sources'
import { groupDigits } from './french-format'
import { frenchTypography as fr } from './french-typography'

/** Annex 1: the local need as recorded, so the convention carries the diagnosis it answers. */
export function createNeedAnnex(need: LocalNeed): Annex {
  const communes = need.communes.map((commune) => `${commune.name} (${commune.postalCode})`).join(', ')
  return {
    title: 'Annexe 1 — Fiche du besoin local',
    blocks: [
      {
        kind: 'table',
        caption: 'Besoin local',
        columns: [
          { label: 'Rubrique', align: 'left', width: 30 },
          { label: 'Contenu', align: 'left', width: 70 }
        ],
        rows: [
          ['Intitulé', fr(need.title)],
          ['Description', fr(orMissing(need.description))],
          ['Territoire', orMissing(communes)],
          ['Public visé', fr(orMissing(need.targetPublic))],
          [
            'Personnes concernées',
            need.peopleReached === null ? orMissing(null) : groupDigits(need.peopleReached)
          ],
          ['Domaine d’action', orMissing(need.domainLabel)],
          ['Identifié par', fr(orMissing(need.identifiedBy))]
        ]
      }
    ]
  }
}
