import type { AgreementCheck } from '../domain/agreement'
import type { AgreementContent } from '../schemas/agreement.schema'
import type { CheckContext } from './check-context'
import { isBlank, issue } from './issue-factory'

/** Steps 1 and 2: the need, the title, the partner and how the agreement is concluded. */
export function checkNeedAndPartner(
  content: AgreementContent,
  { partner }: CheckContext,
  out: AgreementCheck
): void {
  if (content.needId === null)
    out.problems.push(
      issue('need-missing', 1, 'needId', 'Choisissez le besoin local auquel répond la convention.')
    )
  if (isBlank(content.title))
    out.problems.push(issue('title-missing', 1, 'title', 'Donnez un titre à la convention.'))
  if (content.partnerId === null)
    out.problems.push(issue('partner-missing', 2, 'partnerId', 'Choisissez la structure partenaire.'))
  else if (partner === null)
    out.problems.push(
      issue('partner-unknown', 2, 'partnerId', 'La structure partenaire choisie n’existe plus.')
    )
  if (content.route === null)
    out.problems.push(
      issue(
        'route-missing',
        2,
        'route',
        'Précisez si la convention relève d’un accord-cadre national ou est conclue en direct.'
      )
    )
  if (content.route === 'national-framework' && partner && partner.headNetworkId === null)
    out.problems.push(
      issue(
        'framework-without-head-network',
        2,
        'route',
        'Le partenaire n’est rattaché à aucune tête de réseau : la convention ne peut pas relever d’un accord-cadre national.'
      )
    )
  if (partner && partner.statuses.includes('esat') && isBlank(partner.managingBodyName))
    out.problems.push(
      issue(
        'esat-managing-body-missing',
        2,
        'partnerId',
        'Un ESAT n’a pas la personnalité morale : indiquez sur la fiche du partenaire l’organisme gestionnaire qui contracte pour lui.'
      )
    )
}
