import type { ClauseDefinition } from '../../documents/clause-library/clause-definition'
import type { DocumentSources } from '../../documents/document-sources'
import { always } from '../common/type-article'
import { cooperationSlots, cooperationTerms } from './economic-cooperation-facts'

type Definition = ClauseDefinition<DocumentSources>

export const COOPERATION_OFFER: Definition = {
  key: 'economic-cooperation.joint-offer',
  title: 'Offre commune',
  slots: cooperationSlots,
  variants: [
    always(
      'joint-offer',
      'Offre, territoire et horaires',
      "Les parties construisent ensemble l'offre décrite ci-après.\n\n{jointOffer}\n\nTerritoire desservi : {territory}\n\nHoraires d'ouverture au public : {openingHours}"
    )
  ]
}

export const COOPERATION_CONTRIBUTIONS: Definition = {
  key: 'economic-cooperation.contributions',
  title: 'Apports des parties',
  slots: cooperationSlots,
  variants: [
    always(
      'contributions',
      'Apport de chaque partie',
      'Apport de La Poste : {laPosteContribution}\n\nApport du Partenaire : {partnerContribution}'
    )
  ]
}

export const COOPERATION_REMUNERATION: Definition = {
  key: 'economic-cooperation.remuneration',
  title: 'Rémunération',
  slots: cooperationSlots,
  variants: [
    always(
      'excluding-tax',
      'Rémunération hors taxes sur facture',
      'En contrepartie des services rendus, La Poste verse au Partenaire {remuneration}, {vat}. Le Partenaire facture {billing} les services rendus ; La Poste paie dans les trente jours suivant la réception de la facture.'
    )
  ]
}

export const COOPERATION_SECRECY: Definition = {
  key: 'economic-cooperation.secrecy',
  title: 'Secret des correspondances',
  slots: cooperationSlots,
  variants: [
    always(
      'postal-secrecy',
      'Secret des correspondances',
      "Le Partenaire et les personnes qu'il affecte au service respectent le secret des correspondances et la confidentialité des informations relatives aux clients, dont la violation est pénalement sanctionnée (articles 226-15 et 432-9 du code pénal). Le Partenaire les en informe par écrit avant leur prise de fonction."
    )
  ]
}

export const COOPERATION_CASH: Definition = {
  key: 'economic-cooperation.cash-and-stock',
  title: 'Fonds et valeurs',
  slots: cooperationSlots,
  variants: [
    {
      id: 'cash-limit',
      label: 'Plafond d’encaisse fixé par la convention',
      applies: (sources) => cooperationTerms(sources).cashLimitCents !== null,
      text: "Le Partenaire conserve les fonds encaissés et les produits confiés (timbres, emballages, prêt-à-poster) dans un lieu sûr, séparément de ses propres fonds et marchandises, et les reverse ou les restitue selon les procédures de La Poste. Il en répond dès leur remise et jusqu'à leur reversement ou leur restitution. Les fonds détenus pour le compte de La Poste n'excèdent jamais {cashLimit} ; au-delà, ils sont reversés sans délai."
    },
    {
      id: 'procedures-limit',
      label: 'Plafond d’encaisse des procédures de La Poste',
      applies: () => true,
      text: "Le Partenaire conserve les fonds encaissés et les produits confiés (timbres, emballages, prêt-à-poster) dans un lieu sûr, séparément de ses propres fonds et marchandises, et les reverse ou les restitue selon les procédures de La Poste, qui lui sont remises. Il en répond dès leur remise et jusqu'à leur reversement ou leur restitution, dans la limite du plafond d'encaisse fixé par ces procédures."
    }
  ]
}

export const COOPERATION_AUDITS: Definition = {
  key: 'economic-cooperation.audits',
  title: 'Contrôles',
  slots: cooperationSlots,
  variants: [
    always(
      'on-site-audits',
      'Contrôles sur place',
      "La Poste peut contrôler à tout moment, pendant les heures d'ouverture, la tenue du service ainsi que les fonds et valeurs confiés, par un agent habilité qui justifie de sa qualité. Le Partenaire lui donne accès aux documents nécessaires."
    )
  ]
}

export const COOPERATION_INSURANCE: Definition = {
  key: 'economic-cooperation.insurance',
  title: 'Assurances',
  slots: cooperationSlots,
  variants: [
    always(
      'partner-and-la-poste',
      'Assurances de chaque partie',
      "Le Partenaire assure les locaux où le service est rendu, sa responsabilité civile et les fonds et valeurs qu'il détient pour le compte de La Poste ; il en justifie à la signature puis chaque année. La Poste assure le matériel qu'elle met à disposition."
    )
  ]
}

/** Banking belongs to La Banque Postale: the convention never grants it. */
export const COOPERATION_BANKING: Definition = {
  key: 'economic-cooperation.banking-services',
  title: 'Services bancaires',
  slots: cooperationSlots,
  variants: [
    {
      id: 'separate-mandate',
      label: 'Mandat distinct de La Banque Postale',
      applies: (sources) => cooperationTerms(sources).bankingMandate,
      text: "Les services financiers proposés au point de service le sont au nom et pour le compte de La Banque Postale, en vertu du mandat distinct qu'elle a confié au Partenaire et qui en fixe seul les conditions. La présente convention ne confère par elle-même aucun droit d'exercer une activité bancaire ou financière."
    },
    {
      id: 'none',
      label: 'Aucun service bancaire',
      applies: () => true,
      text: "La présente convention n'autorise le Partenaire à proposer aucun service bancaire ou financier. De tels services relèvent de La Banque Postale et ne peuvent être rendus qu'en vertu d'un mandat distinct conclu avec elle."
    }
  ]
}

export const COOPERATION_EQUIPMENT: Definition = {
  key: 'economic-cooperation.brand-and-equipment',
  title: 'Marque et matériel',
  slots: cooperationSlots,
  variants: [
    always(
      'return-at-end',
      'Usage de la marque, restitution du matériel',
      'Le Partenaire utilise la marque et la signalétique de La Poste pour le seul service objet de la convention, selon la charte remise par La Poste. Le matériel mis à disposition demeure la propriété de La Poste. Dans le mois suivant la fin de la convention, pour quelque cause que ce soit, le Partenaire restitue le matériel en bon état, sauf usure normale, ainsi que les fonds, valeurs et produits non vendus, et retire la signalétique.'
    )
  ]
}

export const COOPERATION_EXCLUSIVITY: Definition = {
  key: 'economic-cooperation.exclusivity',
  title: 'Exclusivité',
  slots: cooperationSlots,
  variants: [
    always(
      'territory',
      'Exclusivité sur le territoire desservi',
      'Le Partenaire assure ce service en exclusivité pour La Poste sur le territoire desservi, pendant toute la durée de la convention.'
    )
  ]
}

/** No dependency that would resemble a branch manager's (art. L. 7321-2 C. trav.). */
export const COOPERATION_INDEPENDENCE: Definition = {
  key: 'economic-cooperation.independence',
  title: 'Indépendance du Partenaire',
  slots: cooperationSlots,
  variants: [
    always(
      'own-activity',
      'Activité propre du Partenaire',
      "Le Partenaire rend le service en toute indépendance, sous sa seule responsabilité, avec son propre personnel qu'il dirige seul, et dans le cadre de son activité propre, dont le service n'est qu'un complément. La présente convention ne crée aucun lien de subordination et ne confère au Partenaire ni la qualité d'agent, ni celle de gérant d'un établissement de La Poste."
    )
  ]
}

export const ECONOMIC_COOPERATION_CLAUSES: readonly Definition[] = [
  COOPERATION_OFFER,
  COOPERATION_CONTRIBUTIONS,
  COOPERATION_REMUNERATION,
  COOPERATION_SECRECY,
  COOPERATION_CASH,
  COOPERATION_AUDITS,
  COOPERATION_INSURANCE,
  COOPERATION_BANKING,
  COOPERATION_EQUIPMENT,
  COOPERATION_EXCLUSIVITY,
  COOPERATION_INDEPENDENCE
]
