import type { TerminationDecider } from '../agreements/lifecycle'
import type { Contact, Partner } from '../domain/partner'
import type { Settings } from '../schemas/settings.schema'
import { paragraph, type Block, type DocumentMeta } from './document-model'
import { asSentence, MISSING, orMissing } from './document-sources'
import { formatLongDate } from './french-format'
import { frenchTypography as fr } from './french-typography'

/**
 * A letter: the termination of a convention is notified by La Poste to the partner (or confirmed, when the partner
 * asked for it or both agreed). Same blocks, typography and styles as the conventions, laid out as a letter.
 */
export interface LetterModel {
  kind: 'termination-letter'
  meta: DocumentMeta
  /** Sender's block, top left: La Poste and its regional direction. */
  sender: string[]
  /** Recipient's block, on the right: the partner, its signatory, its address. */
  recipient: string[]
  /** « Lettre recommandée avec demande d'avis de réception ». */
  sendingMode: string
  placeAndDate: string
  subject: string
  salutation: string
  body: Block[]
  closing: string
  signer: { name: string; title: string }
}

export interface TerminationLetterFacts {
  reference: string
  title: string
  signedOn: string | null
  effectiveDate: string
  reason: string
  decidedBy: TerminationDecider
  laPosteSignatory: { name: string; title: string }
  place: string
  writtenOn: string
  partner: Partner | null
  partnerSignatory: Contact | null
  settings: Settings
}

function opening(facts: TerminationLetterFacts, convention: string): string {
  switch (facts.decidedBy) {
    case 'la-poste':
      return `Par la présente, La Poste vous notifie la résiliation de ${convention}.`
    case 'partner':
      return `Par la présente, La Poste prend acte de votre décision de résilier ${convention}.`
    case 'mutual':
      return `Par la présente, La Poste vous confirme la résiliation d'un commun accord de ${convention}.`
  }
}

function partnerAddress(partner: Partner | null): string[] {
  if (!partner) return [MISSING]
  const city = [partner.postalCode, partner.commune].filter(Boolean).join(' ')
  return [partner.addressLine ?? '', city].filter((line) => line.trim() !== '')
}

/** The termination letter of a convention, ready for the DOCX renderer. */
export function buildTerminationLetter(facts: TerminationLetterFacts, meta: DocumentMeta): LetterModel {
  const { laPosteParty } = facts.settings
  const signed = facts.signedOn ? `, signée le ${formatLongDate(facts.signedOn)}` : ''
  const convention = `la convention de partenariat n° ${facts.reference}, intitulée « ${orMissing(facts.title)} »${signed}, conclue dans le cadre du programme Alliance Dynamique`
  const representative = facts.partnerSignatory
    ? [
        fr(
          `À l'attention de ${facts.partnerSignatory.name}${facts.partnerSignatory.role ? `, ${facts.partnerSignatory.role}` : ''}`
        )
      ]
    : []
  const body: Block[] = [
    paragraph(fr(opening(facts, convention))),
    paragraph(fr(`Motif de la résiliation : ${asSentence(facts.reason)}`)),
    paragraph(
      fr('La résiliation prend effet le '),
      { text: formatLongDate(facts.effectiveDate), bold: true },
      fr(', conformément aux stipulations de la convention relatives à sa résiliation.')
    ),
    paragraph(
      fr(
        "À compter de cette date, les sommes dues au titre des engagements exécutés jusqu'à la date d'effet restent dues, les matériels et documents mis à disposition sont restitués, et chaque partie cesse d'utiliser les marques et logos de l'autre. Les stipulations relatives à la confidentialité et à la protection des données personnelles continuent de s'appliquer pour la durée qu'elles prévoient."
      )
    ),
    paragraph(
      fr(
        'Un bilan final du partenariat, au regard des indicateurs de la convention, pourra être partagé en comité de suivi.'
      )
    )
  ]
  return {
    kind: 'termination-letter',
    meta,
    sender: [
      orMissing(laPosteParty.legalName),
      ...(laPosteParty.regionalDirection.trim() === ''
        ? []
        : [`Direction régionale ${laPosteParty.regionalDirection}`]),
      laPosteParty.address
    ]
      .filter((line) => line.trim() !== '')
      .map(fr),
    recipient: [
      fr(orMissing(facts.partner?.name)),
      ...representative,
      ...partnerAddress(facts.partner).map(fr)
    ],
    sendingMode: fr("Lettre recommandée avec demande d'avis de réception"),
    placeAndDate: `${orMissing(facts.place)}, le ${formatLongDate(facts.writtenOn)}`,
    subject: fr(`Objet : résiliation de la convention de partenariat n° ${facts.reference}`),
    salutation: 'Madame, Monsieur,',
    body,
    closing: fr("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."),
    signer: {
      name: orMissing(facts.laPosteSignatory.name),
      title: fr(facts.laPosteSignatory.title)
    }
  }
}
