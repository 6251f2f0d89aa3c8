import type { ClauseDefinition } from './clause-definition'
import type { ConventionFacts } from './convention-facts'

/** Common clauses on how the Parties deal with each other: duration, communication, confidentiality, independence. */

const none = () => ({})

export const DURATION_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.duration',
  title: 'Durée et prise d’effet',
  slots: (facts) => ({
    startDate: facts.startDate,
    endDate: facts.endDate,
    duration: facts.duration,
    notice: facts.notice
  }),
  variants: [
    {
      id: 'tacit-renewal',
      label: 'Reconduction tacite',
      applies: (facts) => facts.renewalRule === 'tacit',
      text: 'La présente convention prend effet le {startDate} pour une durée de {duration}, soit du {startDate} au {endDate} inclus.\n\nElle est ensuite reconduite tacitement, pour une durée identique, sauf dénonciation par l’une des Parties notifiée au moins {notice} avant son terme, dans les formes prévues à l’[[art:notices]].'
    },
    {
      id: 'express-renewal',
      label: 'Renouvellement exprès',
      applies: (facts) => facts.renewalRule === 'express',
      text: 'La présente convention prend effet le {startDate} pour une durée de {duration}, soit du {startDate} au {endDate} inclus.\n\nElle peut être renouvelée par un avenant signé des deux Parties avant son terme ; à défaut, elle prend fin à son terme.'
    },
    {
      id: 'no-renewal',
      label: 'Sans reconduction',
      applies: () => true,
      text: 'La présente convention prend effet le {startDate} pour une durée de {duration}, soit du {startDate} au {endDate} inclus.\n\nElle prend fin de plein droit à son terme, sans reconduction.'
    }
  ]
}

export const COMMUNICATION_CLAUSE: ClauseDefinition<{ logoUseAllowed: boolean }> = {
  key: 'common.communication',
  title: 'Communication et usage des marques',
  slots: none,
  variants: [
    {
      id: 'logos-allowed',
      label: 'Usage des logos autorisé, support validé au préalable',
      applies: (facts) => facts.logoUseAllowed,
      text: 'Chaque Partie peut faire état du partenariat dans sa communication. Chaque Partie peut reproduire le nom et le logo de l’autre Partie dans ses supports relatifs à la présente convention, après accord écrit préalable de celle-ci sur chaque support.\n\nCette autorisation est personnelle et non exclusive ; elle ne confère aucun droit sur les marques de l’autre Partie. Tout usage cesse au terme de la présente convention, quelle qu’en soit la cause.'
    },
    {
      id: 'prior-consent',
      label: 'Aucun usage sans accord écrit préalable',
      applies: () => true,
      text: 'Aucune Partie ne peut utiliser le nom, les marques ou le logo de l’autre Partie sans son accord écrit préalable, donné pour chaque support.\n\nToute autorisation ainsi donnée est personnelle et non exclusive ; elle ne confère aucun droit sur les marques de l’autre Partie et prend fin au terme de la présente convention, quelle qu’en soit la cause.'
    }
  ]
}

export const CONFIDENTIALITY_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.confidentiality',
  title: 'Confidentialité',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Cinq ans après le terme',
      applies: () => true,
      text: 'Chaque Partie garde confidentielles les informations non publiques, de toute nature, que l’autre Partie lui communique à l’occasion de la présente convention, et ne les utilise que pour son exécution.\n\nCette obligation ne s’applique pas aux informations tombées dans le domaine public sans faute de la Partie qui les a reçues, ni à celles dont la communication est exigée par la loi ou par une autorité. Elle s’applique pendant toute la durée de la convention et pendant cinq (5) ans après son terme, quelle qu’en soit la cause.'
    }
  ]
}

export const INDEPENDENCE_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.independence',
  title: 'Indépendance des Parties',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Indépendance, ni subordination ni mandat',
      applies: () => true,
      text: 'Les Parties agissent en toute indépendance. La présente convention ne crée entre elles ni lien de subordination, ni mandat, ni société, ni entreprise commune. Aucune Partie ne peut engager l’autre envers les tiers.\n\nChaque Partie reste seule responsable de son personnel, de ses bénévoles et de ses moyens, qu’elle organise et dirige seule.'
    }
  ]
}

export const EXCLUSIVITY_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.exclusivity',
  title: 'Exclusivité',
  slots: none,
  variants: [
    {
      id: 'chosen-exclusivity',
      label: 'Exclusivité choisie dans les modalités',
      applies: (facts) => facts.exclusivityChosen,
      text: 'L’exclusivité consentie par le Partenaire est limitée à l’objet, au territoire et à la durée prévus à l’[[art:terms]]. Hors de ce périmètre, chaque Partie reste libre de conclure des conventions de même nature avec des tiers.'
    },
    {
      id: 'non-exclusive',
      label: 'Aucune exclusivité',
      applies: () => true,
      text: 'La présente convention n’emporte aucune exclusivité. Chaque Partie reste libre de conclure des conventions de même nature avec des tiers.'
    }
  ]
}

export const ASSIGNMENT_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.assignment',
  title: 'Incessibilité',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Pas de cession sans accord',
      applies: () => true,
      text: 'La présente convention est conclue en considération de la personne de chaque Partie. Aucune Partie ne peut la céder ou la transférer, en tout ou partie, ni en sous-traiter l’exécution, sans l’accord écrit préalable de l’autre Partie.'
    }
  ]
}

export const ETHICS_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.ethics',
  title: 'Éthique et prévention de la corruption',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Loi Sapin II et code de conduite',
      applies: () => true,
      text: 'Chaque Partie respecte les lois et règlements relatifs à la prévention et à la lutte contre la corruption et le trafic d’influence, notamment la loi n° 2016-1691 du 9 décembre 2016 dite « Sapin II ». Le Partenaire déclare avoir pris connaissance du code de conduite anticorruption du groupe La Poste, publié sur son site internet, et s’engage à en respecter les principes dans l’exécution de la présente convention.\n\nAucune Partie n’offre, ne promet ni n’accorde, directement ou indirectement, d’avantage indu à un salarié ou à un représentant de l’autre Partie. Un manquement à cet article est un manquement grave au sens de l’[[art:termination]].'
    }
  ]
}
