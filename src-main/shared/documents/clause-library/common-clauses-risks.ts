import type { ClauseDefinition } from './clause-definition'
import type { ConventionFacts } from './convention-facts'

/** Common clauses on data, creations and risks: personal data with roles, intellectual property, insurance, force majeure. */

const none = () => ({})

export const DATA_PROTECTION_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.data-protection',
  title: 'Protection des données personnelles',
  slots: none,
  variants: [
    {
      id: 'processor',
      label: 'Le Partenaire, sous-traitant de La Poste (art. 28 RGPD)',
      applies: (facts) => facts.type === 'economic-cooperation',
      text: 'Pour les opérations postales qu’il réalise pour le compte de La Poste, le Partenaire agit en qualité de sous-traitant de La Poste, responsable du traitement, au sens de l’article 28 du règlement (UE) 2016/679 (RGPD). Le traitement porte sur les données d’identification et de contact des clients de La Poste, pour la seule finalité de l’exécution de ces opérations et pour la durée de la présente convention.\n\nLe Partenaire ne traite ces données que sur instruction documentée de La Poste ; veille à ce que les personnes autorisées à les traiter soient tenues à la confidentialité ; prend les mesures de sécurité prévues à l’article 32 du RGPD ; ne recourt à un autre sous-traitant qu’avec l’autorisation écrite préalable de La Poste ; aide La Poste à répondre aux demandes d’exercice des droits des personnes concernées et à respecter ses obligations des articles 32 à 36 du RGPD ; notifie à La Poste toute violation de données dans les vingt-quatre (24) heures après en avoir pris connaissance ; met à sa disposition les informations nécessaires pour démontrer le respect de ces obligations et permet la réalisation d’audits.\n\nAu terme de la convention, le Partenaire restitue à La Poste les données traitées pour son compte et en détruit les copies, sauf obligation légale de conservation.'
    },
    {
      id: 'joint-controllers',
      label: 'Responsables conjoints de l’expérimentation (art. 26 RGPD)',
      applies: (facts) => facts.type === 'social-innovation',
      text: 'Les Parties déterminent ensemble les finalités et les moyens des traitements de données personnelles nécessaires à l’expérimentation et à son évaluation : elles en sont responsables conjointes au sens de l’article 26 du règlement (UE) 2016/679 (RGPD).\n\nLe Partenaire informe les personnes concernées au moment de la collecte, recueille leur consentement lorsqu’il est requis et reçoit leurs demandes d’exercice des droits, qu’il traite avec l’aide de La Poste. La Poste définit les indicateurs d’évaluation et ne reçoit que des données agrégées ou pseudonymisées. Chaque Partie assure la sécurité des données qu’elle détient et notifie à l’autre toute violation dans les vingt-quatre (24) heures après en avoir pris connaissance. Les grandes lignes de cet accord sont mises à la disposition des personnes concernées.\n\nLes données sont conservées pendant la durée de l’expérimentation augmentée de six (6) mois pour son évaluation, puis supprimées.'
    },
    {
      id: 'separate-controllers',
      label: 'Chaque Partie, responsable de ses propres traitements',
      applies: () => true,
      text: 'Chaque Partie traite les données personnelles nécessaires à l’exécution de la présente convention en qualité de responsable de traitement distinct, pour ses propres finalités, conformément au règlement (UE) 2016/679 (RGPD) et à la loi n° 78-17 du 6 janvier 1978 modifiée.\n\nLes données échangées se limitent aux coordonnées professionnelles des personnes chargées du suivi de la convention. Chaque Partie informe ses propres interlocuteurs, répond aux demandes d’exercice de leurs droits et conserve ces données pendant la durée de la convention augmentée des délais de prescription légale.'
    }
  ]
}

export const INTELLECTUAL_PROPERTY_CLAUSE: ClauseDefinition<ConventionFacts> = {
  key: 'common.intellectual-property',
  title: 'Propriété intellectuelle',
  slots: none,
  variants: [
    {
      id: 'terms-govern',
      label: 'Réalisations communes régies par les modalités (innovation sociale)',
      applies: (facts) => facts.type === 'social-innovation',
      text: 'Chaque Partie reste titulaire des droits de propriété intellectuelle sur les éléments qu’elle détenait avant la présente convention ou qu’elle développe seule, et n’en concède à l’autre que le droit d’usage nécessaire à l’exécution de la convention, pour sa durée.\n\nLes droits sur les outils, contenus et méthodes produits en commun sont régis par l’[[art:terms]].'
    },
    {
      id: 'each-keeps',
      label: 'Chaque Partie garde ses apports ; créations communes en copropriété',
      applies: () => true,
      text: 'Chaque Partie reste titulaire des droits de propriété intellectuelle sur les éléments qu’elle détenait avant la présente convention ou qu’elle développe seule, et n’en concède à l’autre que le droit d’usage nécessaire à l’exécution de la convention, pour sa durée.\n\nLes éléments éventuellement produits en commun appartiennent aux deux Parties en copropriété, à parts égales ; chacune peut les utiliser pour ses besoins propres, sans but commercial, à charge de mentionner l’autre Partie. Toute autre exploitation fait l’objet d’un accord écrit préalable.'
    }
  ]
}

export const INSURANCE_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.insurance-liability',
  title: 'Assurances et responsabilité',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Responsabilité de droit commun, assurance de chaque Partie',
      applies: () => true,
      text: 'Chaque Partie est responsable, dans les conditions du droit commun, des dommages qu’elle cause à l’autre Partie ou aux tiers dans l’exécution de la présente convention.\n\nChaque Partie déclare être assurée, auprès d’une compagnie notoirement solvable, pour sa responsabilité civile et pour les biens et les personnes dont elle a la charge, et s’engage à le rester pendant toute la durée de la convention. Elle en justifie à première demande de l’autre Partie.'
    }
  ]
}

export const FORCE_MAJEURE_CLAUSE: ClauseDefinition<unknown> = {
  key: 'common.force-majeure',
  title: 'Force majeure',
  slots: none,
  variants: [
    {
      id: 'standard',
      label: 'Article 1218 du code civil',
      applies: () => true,
      text: 'Aucune Partie n’est responsable d’un retard ou d’une inexécution causé par un cas de force majeure au sens de l’article 1218 du code civil. La Partie empêchée en informe l’autre sans délai, par écrit, en indiquant la durée prévisible de l’empêchement.\n\nL’exécution des obligations concernées est suspendue pendant la durée de l’empêchement. Si celui-ci dure plus de trois (3) mois, chaque Partie peut résilier la présente convention par notification écrite, sans indemnité.'
    }
  ]
}
