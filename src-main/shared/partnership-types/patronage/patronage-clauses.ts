import type { ClauseDefinition } from '../../documents/clause-library/clause-definition'
import type { DocumentSources } from '../../documents/document-sources'
import { always } from '../common/type-article'
import { patronageSlots, patronageTerms } from './patronage-facts'

type Definition = ClauseDefinition<DocumentSources>

const isNature = (nature: 'financial' | 'in-kind' | 'skills') => (sources: DocumentSources) =>
  patronageTerms(sources).nature === nature

/** The gift itself, by nature (art. 238 bis CGI). */
export const PATRONAGE_GIFT: Definition = {
  key: 'patronage.gift',
  title: 'Objet du don',
  slots: patronageSlots,
  variants: [
    {
      id: 'financial',
      label: 'Don en numéraire',
      applies: isNature('financial'),
      text: "La Poste consent au Partenaire, qui l'accepte, un don en numéraire d'un montant de {amount}, sans contrepartie équivalente, au titre du mécénat prévu à l'article 238 bis du code général des impôts.\n\nLe don, qui ne rémunère aucune prestation, n'est pas soumis à la taxe sur la valeur ajoutée."
    },
    {
      id: 'in-kind',
      label: 'Don en nature',
      applies: isNature('in-kind'),
      text: "La Poste consent au Partenaire, qui l'accepte, un don en nature, sans contrepartie équivalente, au titre du mécénat prévu à l'article 238 bis du code général des impôts. Il porte sur les biens décrits ci-après.\n\n{goods}\n\nDate de livraison : {deliveryDate}.\n\nLieu de livraison : {deliveryPlace}\n\nLa propriété des biens et les risques sont transférés au Partenaire à la livraison, constatée par un bon signé des deux parties. Le Partenaire les accepte en l'état, sans garantie de La Poste quant à leur usage.\n\nLes biens sont valorisés {valuationMethod}, et non à leur valeur de marché, soit {amount}."
    },
    {
      id: 'skills',
      label: 'Mécénat de compétences',
      applies: isNature('skills'),
      text: "La Poste met gratuitement à la disposition du Partenaire {employees} volontaires, pour {days} chacun, sans contrepartie équivalente, au titre du mécénat prévu à l'article 238 bis du code général des impôts. Les salariés accomplissent les missions décrites ci-après.\n\n{missions}\n\nLieu et horaires d'exécution : {placeAndHours}"
    },
    {
      id: 'nature-unknown',
      label: 'Nature non choisie (brouillon)',
      applies: () => true,
      text: 'La Poste consent au Partenaire un mécénat dont la nature reste à préciser : {nature}.'
    }
  ]
}

/** Employees made available for skills patronage: art. L. 8241-2 of the labour code. */
export const PATRONAGE_STAFF: Definition = {
  key: 'patronage.staff-made-available',
  title: 'Mise à disposition des salariés',
  slots: patronageSlots,
  variants: [
    always(
      'non-profit-loan',
      'Prêt de main-d’œuvre à but non lucratif',
      "La mise à disposition est réalisée à titre non lucratif, au sens de l'article L. 8241-2 du code du travail : La Poste ne facture au Partenaire ni les salaires, ni les charges sociales, ni les frais professionnels des salariés concernés.\n\nChaque salarié y consent expressément. Un avenant à son contrat de travail précise le travail confié, le lieu et les horaires d'exécution et la durée de la mise à disposition. Le salarié conserve son contrat de travail, sa rémunération et l'ensemble de ses droits ; au terme de la mise à disposition, il retrouve son poste sans que sa carrière ou sa rémunération en soient affectées.\n\nPendant la mise à disposition, le Partenaire organise le travail quotidien des salariés et répond des conditions d'exécution du travail, notamment de la durée du travail, de la santé et de la sécurité au travail. La Poste demeure leur employeur et conserve seule le pouvoir disciplinaire. Le Partenaire informe La Poste sans délai de tout accident survenu par le fait ou à l'occasion du travail, que La Poste déclare en sa qualité d'employeur. Le Partenaire garantit, par son assurance de responsabilité civile, les dommages causés ou subis par les salariés dans l'exercice des missions."
    )
  ]
}

export const PATRONAGE_SKILLS_VALUATION: Definition = {
  key: 'patronage.skills-valuation',
  title: 'Valorisation du mécénat de compétences',
  slots: patronageSlots,
  variants: [
    always(
      'salary-cost',
      'Coût salarial plafonné',
      "Le mécénat de compétences est valorisé au coût de la mise à disposition pour La Poste : salaires et charges sociales des salariés concernés, retenus pour chacun dans la limite de trois fois le plafond de la sécurité sociale, conformément à l'article 238 bis du code général des impôts. Sur la base d'un coût journalier de {dailyCost}, la valorisation s'établit à {amount}, comme suit :"
    )
  ]
}

export const PATRONAGE_PAYMENT: Definition = {
  key: 'patronage.payment',
  title: 'Versement du don',
  slots: patronageSlots,
  variants: [
    always(
      'schedule',
      'Versements selon un échéancier',
      "Le don est versé par virement sur le compte bancaire du Partenaire, selon l'échéancier ci-dessous, dont le total est égal au montant du don. Le Partenaire communique à La Poste ses coordonnées bancaires avant le premier versement."
    )
  ]
}

export const PATRONAGE_DATA_WIPING: Definition = {
  key: 'patronage.data-wiping',
  title: 'Effacement des données',
  slots: patronageSlots,
  variants: [
    always(
      'secure-erasure',
      'Matériels informatiques donnés',
      "Avant la livraison, La Poste efface de manière sécurisée, par un procédé reconnu, toutes les données contenues dans les matériels informatiques et de téléphonie donnés, et en retire les logiciels dont la licence n'est pas cessible. Le Partenaire s'interdit toute tentative de restauration des données effacées."
    )
  ]
}

/** Use of the gift, report on its use and, for money, repayment of what is not used as agreed. */
export const PATRONAGE_USE: Definition = {
  key: 'patronage.use-of-gift',
  title: 'Affectation du don et compte rendu',
  slots: patronageSlots,
  variants: [
    {
      id: 'financial',
      label: 'Don en numéraire : compte rendu et restitution',
      applies: isNature('financial'),
      text: "Le Partenaire affecte le don exclusivement au projet d'intérêt général décrit en préambule, qui répond au besoin « {need} ». Il adresse à La Poste, dans les trois mois suivant chaque année d'exécution et le terme de la convention, un compte rendu de l'utilisation des fonds, accompagné des justificatifs utiles.\n\nSi la convention prend fin avant son terme, ou si tout ou partie du don n'est pas utilisé conformément à son affectation, le Partenaire restitue à La Poste les sommes non utilisées ou utilisées à d'autres fins, dans les deux mois suivant sa demande."
    },
    {
      id: 'in-kind',
      label: 'Don en nature : affectation des biens',
      applies: isNature('in-kind'),
      text: "Le Partenaire affecte les biens donnés au projet d'intérêt général décrit en préambule, qui répond au besoin « {need} », et rend compte de leur utilisation au comité de suivi et au terme de la convention."
    },
    {
      id: 'skills',
      label: 'Mécénat de compétences : attestation des jours réalisés',
      applies: () => true,
      text: "Les missions confiées aux salariés servent exclusivement le projet d'intérêt général décrit en préambule, qui répond au besoin « {need} ». À l'issue de chaque période de mise à disposition, le Partenaire atteste auprès de La Poste du nombre de jours effectivement réalisés."
    }
  ]
}

export const PATRONAGE_COUNTERPARTS: Definition = {
  key: 'patronage.counterparts',
  title: 'Contreparties',
  slots: patronageSlots,
  variants: [
    {
      id: 'none',
      label: 'Aucune contrepartie',
      applies: (sources) => patronageTerms(sources).counterparts.length === 0,
      text: "Le Partenaire n'accorde à La Poste aucune contrepartie au titre du présent mécénat."
    },
    {
      id: 'without-value',
      label: 'Contreparties sans valeur marchande',
      applies: (sources) => patronageTerms(sources).counterparts.every((entry) => entry.valueCents === 0),
      text: 'Le Partenaire accorde à La Poste les seules contreparties ci-dessous, sans valeur marchande ; aucune autre contrepartie ne peut être demandée.'
    },
    {
      id: 'listed',
      label: 'Contreparties listées, au plus 25 % du don',
      applies: () => true,
      text: "Le Partenaire accorde à La Poste les seules contreparties ci-dessous, d'une valeur totale de {counterpartsTotal}, soit {counterpartsShare} de la valeur du don. Elles demeurent dans une disproportion marquée avec le don et n'excèdent pas le quart de sa valeur ; aucune autre contrepartie ne peut être demandée."
    }
  ]
}

export const PATRONAGE_ELIGIBILITY: Definition = {
  key: 'patronage.eligibility',
  title: 'Déclaration du Partenaire',
  slots: patronageSlots,
  variants: [
    always(
      'declared-basis',
      'Éligibilité déclarée par le Partenaire',
      "Le Partenaire déclare être un {eligibilityBasis}, et que le projet soutenu ne profite pas à un cercle restreint de personnes. Il informe La Poste sans délai de toute modification de sa situation au regard de ces dispositions, et supporte les conséquences d'une déclaration inexacte, notamment la remise en cause de l'avantage fiscal de La Poste."
    )
  ]
}

const RECEIPT_CLOSING =
  'La présente convention ne garantit aucun traitement fiscal du don, que La Poste apprécie sous sa seule responsabilité.'

/** The receipt: only where one is asked for, issued by the beneficiary after it received the gift. */
export const PATRONAGE_RECEIPT: Definition = {
  key: 'patronage.receipt',
  title: 'Reçu',
  slots: patronageSlots,
  variants: [
    {
      id: 'not-requested',
      label: 'Aucun reçu demandé',
      applies: (sources) => !patronageTerms(sources).taxReceiptRequested,
      text: `La Poste ne demande pas de reçu au titre du présent mécénat. ${RECEIPT_CLOSING}`
    },
    {
      id: 'financial',
      label: 'Reçu après chaque versement',
      applies: isNature('financial'),
      text: `Après l'encaissement de chaque versement, le Partenaire délivre à La Poste un reçu conforme au modèle Cerfa n° 16216, qui mentionne le montant et la date du versement reçu. ${RECEIPT_CLOSING}`
    },
    {
      id: 'in-kind',
      label: 'Reçu après la livraison des biens',
      applies: isNature('in-kind'),
      text: `Après la livraison des biens, le Partenaire délivre à La Poste un reçu conforme au modèle Cerfa n° 16216, qui décrit les biens reçus et mentionne leur valorisation par La Poste, soit {amount}. ${RECEIPT_CLOSING}`
    },
    {
      id: 'skills',
      label: 'Reçu après chaque période de mise à disposition',
      applies: () => true,
      text: `À l'issue de chaque période de mise à disposition, le Partenaire délivre à La Poste un reçu conforme au modèle Cerfa n° 16216, qui mentionne le nombre de jours effectivement réalisés et leur valorisation selon les règles ci-dessus. ${RECEIPT_CLOSING}`
    }
  ]
}

export const PATRONAGE_NO_RENEWAL: Definition = {
  key: 'patronage.no-tacit-renewal',
  title: 'Absence de reconduction tacite',
  slots: patronageSlots,
  variants: [
    always(
      'new-agreement',
      'Tout nouveau soutien fait l’objet d’une nouvelle convention',
      "Le présent mécénat n'est pas reconduit tacitement : tout nouveau soutien de La Poste au Partenaire fait l'objet d'une nouvelle convention."
    )
  ]
}

export const PATRONAGE_CLAUSES: readonly Definition[] = [
  PATRONAGE_GIFT,
  PATRONAGE_STAFF,
  PATRONAGE_SKILLS_VALUATION,
  PATRONAGE_PAYMENT,
  PATRONAGE_DATA_WIPING,
  PATRONAGE_USE,
  PATRONAGE_COUNTERPARTS,
  PATRONAGE_ELIGIBILITY,
  PATRONAGE_RECEIPT,
  PATRONAGE_NO_RENEWAL
]
