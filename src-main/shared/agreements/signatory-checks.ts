import type { AgreementCheck } from '../domain/agreement'
import type { AgreementContent } from '../schemas/agreement.schema'
import type { CheckContext } from './check-context'
import { isBlank, issue } from './issue-factory'
import { bindingCapacitiesText, bindsPartner, signingCapacityOf } from './signing-capacity'

/** Step 7: each party signs through a named person whose capacity binds it, at a stated place. */
export function checkSignatories(
  content: AgreementContent,
  { partner }: CheckContext,
  out: AgreementCheck
): void {
  const problem = (code: string, field: string, message: string) =>
    out.problems.push(issue(code, 7, field, message))
  if (isBlank(content.laPosteSignatory.name))
    problem('la-poste-signatory-missing', 'laPosteSignatory.name', 'Indiquez le signataire pour La Poste.')
  if (isBlank(content.laPosteSignatory.title))
    problem(
      'la-poste-signatory-title-missing',
      'laPosteSignatory.title',
      'Indiquez la qualité du signataire de La Poste.'
    )
  const contactId = content.partnerSignatoryContactId
  const contact =
    contactId === null ? undefined : partner?.contacts.find((candidate) => candidate.id === contactId)
  if (contactId === null)
    problem(
      'partner-signatory-missing',
      'partnerSignatoryContactId',
      'Choisissez le signataire du partenaire parmi ses contacts.'
    )
  else if (partner && !contact)
    problem(
      'partner-signatory-unknown',
      'partnerSignatoryContactId',
      'Le signataire choisi ne fait plus partie des contacts du partenaire.'
    )
  else if (contact && partner) {
    if (!contact.maySign)
      problem(
        'partner-signatory-cannot-sign',
        'partnerSignatoryContactId',
        'Ce contact n’est pas habilité à signer pour le partenaire.'
      )
    else if (!bindsPartner(signingCapacityOf(contact.role), partner.legalForm))
      problem(
        'partner-signatory-capacity',
        'partnerSignatoryContactId',
        `${contact.name} ${isBlank(contact.role) ? 'n’a pas de fonction renseignée' : `est « ${contact.role?.trim()} »`} : cette qualité n’engage pas ${partner.statuses.includes('esat') ? 'l’organisme gestionnaire de l’ESAT' : 'le partenaire'}. Le signataire doit être son représentant légal (${bindingCapacitiesText(partner.legalForm)}) ; pour un délégataire, précisez « dûment habilité(e) » dans sa fonction sur la fiche du partenaire.`
      )
  }
  if (isBlank(content.place)) problem('place-missing', 'place', 'Indiquez le lieu de signature.')
}
