import type { ClauseDefinition } from './clause-definition'
import type { ConventionFacts } from './convention-facts'

/** Common clauses on how the convention ends and is read: termination, notices, entire agreement, annexes, disputes. */

const none = () => ({})

export const TERMINATION_BREACH_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.termination-breach',
  title: 'Résiliation pour manquement',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Après mise en demeure restée sans effet un mois',
      applies: () => true,
      text: 'En cas de manquement de l’une des Parties à ses obligations, l’autre Partie peut la mettre en demeure d’y remédier, dans les formes prévues à l’[[art:notices]]. Si le manquement n’est pas réparé dans un délai d’un (1) mois à compter de la réception de la mise en demeure, la présente convention peut être résiliée de plein droit par notification, sans préjudice des dommages et intérêts auxquels la Partie lésée pourrait prétendre.'
    }
  ]
}

export const TERMINATION_CONVENIENCE_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.termination-convenience',
  title: 'Résiliation sans motif',
  slots: (facts) => ({ notice: facts.notice }),
  variants: [
    {
      id: 'standard',
      label: 'À tout moment, moyennant préavis',
      applies: () => true,
      text: 'Chaque Partie peut résilier la présente convention à tout moment, sans avoir à justifier d’un motif, moyennant un préavis de {notice} courant à compter de la réception de la notification par l’autre Partie.'
    }
  ]
}

export const TERMINATION_CONSEQUENCES_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.termination-consequences',
  title: 'Conséquences de la fin de la convention',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Sommes dues, restitutions, clauses qui survivent',
      applies: () => true,
      text: 'À la fin de la présente convention, quelle qu’en soit la cause, les sommes dues pour les prestations réalisées ou les engagements exécutés jusqu’à la date de fin restent dues ; les sommes versées d’avance et non employées à l’objet de la convention sont restituées. Chaque Partie restitue à l’autre, dans un délai d’un (1) mois, les matériels, documents et données qu’elle en a reçus.\n\nLes stipulations relatives à la confidentialité, à la protection des données personnelles, à la propriété intellectuelle et au règlement des litiges continuent de s’appliquer après la fin de la convention, pour la durée qui leur est propre.'
    }
  ]
}

export const NOTICES_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.notices',
  title: 'Notifications',
  slots: (facts) => ({ partnerNotices: facts.partnerNotices, laPosteNotices: facts.laPosteNotices }),
  variants: [
    {
      id: 'standard',
      label: 'Lettre recommandée ou envoi recommandé électronique',
      applies: () => true,
      text: 'Toute notification prévue par la présente convention est faite par écrit, par lettre recommandée avec demande d’avis de réception ou par envoi recommandé électronique (article L. 100 du code des postes et des communications électroniques), aux interlocuteurs suivants : pour La Poste, {laPosteNotices} ; pour le Partenaire, {partnerNotices}.\n\nElle prend effet à la date de première présentation de la lettre ou de réception de l’envoi électronique. Chaque Partie notifie à l’autre tout changement d’interlocuteur ou d’adresse.'
    }
  ]
}

export const ENTIRE_AGREEMENT_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.entire-agreement',
  title: 'Intégralité et ordre de priorité',
  slots: (facts) => ({ headNetwork: facts.headNetwork }),
  variants: [
    {
      id: 'national-framework',
      label: 'Conclue dans le cadre d’un accord national',
      applies: (facts) => facts.nationalFramework,
      text: 'La présente convention et ses annexes expriment l’intégralité de l’accord des Parties sur son objet et remplacent tout échange antérieur. Elle ne peut être modifiée que par un avenant écrit signé des deux Parties.\n\nEn cas de contradiction, l’accord national conclu entre La Poste et {headNetwork} prévaut sur la présente convention, qui prévaut elle-même sur ses annexes.'
    },
    {
      id: 'direct',
      label: 'Conclue directement',
      applies: () => true,
      text: 'La présente convention et ses annexes expriment l’intégralité de l’accord des Parties sur son objet et remplacent tout échange antérieur. Elle ne peut être modifiée que par un avenant écrit signé des deux Parties.\n\nEn cas de contradiction, la présente convention prévaut sur ses annexes.'
    }
  ]
}

export const ANNEXES_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.annexes',
  title: 'Annexes',
  slots: (facts) => ({ annexList: facts.annexList }),
  variants: [
    {
      id: 'no-annex',
      label: 'Sans annexe',
      applies: (facts) => facts.annexList === '',
      text: 'La présente convention ne comporte aucune annexe.'
    },
    {
      id: 'standard',
      label: 'Liste des annexes',
      applies: () => true,
      text: 'Sont annexées à la présente convention, dont elles font partie intégrante : {annexList}.'
    }
  ]
}

export const DISPUTES_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.disputes',
  title: 'Droit applicable et règlement des litiges',
  slots: (facts) => ({ court: facts.laPosteCourt }),
  variants: [
    {
      id: 'commercial-court',
      label: 'Partenaire commerçant : tribunal du siège de la direction régionale (art. 48 CPC)',
      applies: (facts) => facts.partnerIsTrader,
      text: 'La présente convention est soumise au droit français.\n\nLes Parties s’efforcent de régler à l’amiable tout différend relatif à son interprétation ou à son exécution. À défaut d’accord dans un délai de deux (2) mois à compter de la notification du différend par l’une d’elles, le litige est porté devant le tribunal de commerce {court}, les Parties ayant toutes deux contracté en qualité de commerçants.'
    },
    {
      id: 'general-rule',
      label: 'Association ou autre partenaire : juridiction de droit commun',
      applies: () => true,
      text: 'La présente convention est soumise au droit français.\n\nLes Parties s’efforcent de régler à l’amiable tout différend relatif à son interprétation ou à son exécution. À défaut d’accord dans un délai de deux (2) mois à compter de la notification du différend par l’une d’elles, le litige est porté devant la juridiction compétente selon les règles de droit commun.'
    }
  ]
}

export const FINANCIAL_TERMS_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.financial-terms',
  title: 'Conditions financières',
  slots: none,
  variants: [
    {
      id: 'gift',
      label: 'Mécénat : versements sans facture',
      applies: (facts) => facts.type === 'patronage',
      text: 'Les sommes données au titre du mécénat sont hors du champ de la TVA. Elles sont versées par virement sur le compte bancaire dont le Partenaire communique les coordonnées, aux dates prévues à l’[[art:terms]], sans facture.\n\nLe Partenaire emploie ces sommes conformément à l’objet de la présente convention et en rend compte à La Poste au comité de suivi.'
    },
    {
      id: 'invoiced',
      label: 'Prestations facturées',
      applies: () => true,
      text: 'Sauf mention contraire, les montants figurant dans la présente convention sont exprimés hors taxes (HT) ; la TVA s’y ajoute au taux en vigueur à la date de facturation, selon le régime de TVA de la Partie qui facture. Les factures sont émises sous forme électronique et mentionnent la référence de la présente convention.\n\nLes factures sont payées par virement dans un délai de trente (30) jours à compter de leur date de réception. Tout retard de paiement entraîne de plein droit des pénalités au taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de dix (10) points, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de quarante euros (40,00 €), conformément à l’article L. 441-10 du code de commerce.'
    }
  ]
}

export const SIGNATURE_FORMULA_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.signature-formula',
  title: 'Formule de signature',
  slots: (facts) => ({ place: facts.signaturePlace, date: facts.signatureDate }),
  variants: [
    {
      id: 'electronic',
      label: 'Signature électronique : un original électronique',
      applies: (facts) => facts.signatureMode === 'electronic',
      text: 'Signée électroniquement, en un (1) exemplaire original électronique dont chaque Partie conserve une copie, aux lieu et date indiqués par chaque signataire ci-dessous.'
    },
    {
      id: 'paper',
      label: 'Signature sur papier : deux originaux',
      applies: () => true,
      text: 'Fait à {place}, le {date}, en deux (2) exemplaires originaux, dont un pour chaque Partie.'
    }
  ]
}
