import type { ClauseDefinition } from '../../documents/clause-library/clause-definition'
import type { DocumentSources } from '../../documents/document-sources'
import { always } from '../common/type-article'
import { innovationSlots, innovationTerms } from './social-innovation-facts'
import type { SocialInnovationTerms } from './social-innovation-terms.schema'

type Definition = ClauseDefinition<DocumentSources>

const when =
  <K extends keyof SocialInnovationTerms>(key: K, value: SocialInnovationTerms[K]) =>
  (sources: DocumentSources) =>
    innovationTerms(sources)[key] === value

export const INNOVATION_SERVICE: Definition = {
  key: 'social-innovation.service',
  title: 'Service créé',
  slots: innovationSlots,
  variants: [
    always(
      'missing-service',
      'Service manquant et public visé',
      "Les parties créent le service décrit ci-après, aujourd'hui absent du territoire.\n\n{missingService}\n\nPublic visé : {targetPublic}"
    )
  ]
}

export const INNOVATION_EXPERIMENTATION: Definition = {
  key: 'social-innovation.experimentation',
  title: 'Expérimentation',
  slots: innovationSlots,
  variants: [
    always(
      'sites-and-period',
      'Durée et sites',
      "Le service est expérimenté pendant {months} à compter de la prise d'effet de la convention, sur les sites suivants : {sites}."
    )
  ]
}

export const INNOVATION_PREMISES: Definition = {
  key: 'social-innovation.premises',
  title: 'Locaux et matériel mis à disposition',
  slots: innovationSlots,
  variants: [
    always(
      'free-loan',
      'Mise à disposition gratuite pour l’expérimentation',
      "La Poste met à la disposition du Partenaire, à titre gratuit et pour les seuls besoins de l'expérimentation, les locaux ou matériels décrits ci-après.\n\n{premises}\n\nLe Partenaire les utilise conformément à leur destination et aux consignes du site, les assure pour les dommages qu'il pourrait causer et les restitue en l'état au terme de l'expérimentation. Cette mise à disposition ne constitue pas un bail."
    )
  ]
}

/** Who collects the evaluation data, and in which GDPR role. */
export const INNOVATION_EVALUATION: Definition = {
  key: 'social-innovation.evaluation',
  title: 'Évaluation et données',
  slots: innovationSlots,
  variants: [
    {
      id: 'separate-controllers',
      label: 'Responsables de traitement distincts',
      applies: when('dataRole', 'separate-controllers'),
      text: "L'expérimentation est évaluée selon le plan décrit ci-après.\n\n{evaluationPlan}\n\nLes données de l'évaluation sont collectées par {collector}. Chaque partie traite les données qu'elle collecte en qualité de responsable de traitement distinct ; seules des données agrégées et anonymes sont échangées pour l'évaluation."
    },
    {
      id: 'joint-controllers',
      label: 'Responsables conjoints (art. 26 RGPD)',
      applies: when('dataRole', 'joint-controllers'),
      text: "L'expérimentation est évaluée selon le plan décrit ci-après.\n\n{evaluationPlan}\n\nLes données de l'évaluation sont collectées par {collector}. Les parties en déterminent ensemble les finalités et les moyens et sont responsables conjoints du traitement au sens de l'article 26 du règlement (UE) 2016/679. Celle qui collecte les données informe les personnes concernées et reçoit leurs demandes d'exercice des droits, qu'elle transmet à l'autre sans délai ; chaque partie assure la sécurité des données qu'elle détient et notifie à l'autre toute violation dans les vingt-quatre heures."
    },
    {
      id: 'processor',
      label: 'Sous-traitant (art. 28 RGPD)',
      applies: when('dataRole', 'processor'),
      text: "L'expérimentation est évaluée selon le plan décrit ci-après.\n\n{evaluationPlan}\n\n{processor} collecte les données de l'évaluation pour le compte {controller}, responsable du traitement, en qualité de sous-traitant au sens de l'article 28 du règlement (UE) 2016/679. Il ne les traite que sur instruction documentée du responsable, garantit la confidentialité des personnes autorisées à les traiter, prend les mesures de sécurité appropriées, ne recourt à un autre sous-traitant qu'avec son autorisation écrite, l'aide à répondre aux demandes d'exercice des droits et à assurer la sécurité des données, supprime ou restitue les données au terme de l'expérimentation, et met à sa disposition les informations nécessaires pour démontrer le respect de ces obligations, y compris par des audits."
    },
    {
      id: 'role-unknown',
      label: 'Rôle non choisi (brouillon)',
      applies: () => true,
      text: "L'expérimentation est évaluée selon le plan décrit ci-après.\n\n{evaluationPlan}\n\nRôle des parties pour les données de l'évaluation : {dataRole}."
    }
  ]
}

/** The nature of La Poste's money: a gift, a subsidy and a paid service have different consequences. */
export const INNOVATION_FUNDING: Definition = {
  key: 'social-innovation.la-poste-funding',
  title: 'Financement de La Poste',
  slots: innovationSlots,
  variants: [
    {
      id: 'gift',
      label: 'Don (mécénat)',
      applies: when('laPosteFunding', 'gift'),
      text: "La Poste soutient l'expérimentation par un don de {laPosteAmount}, sans contrepartie équivalente. Ce don relève du mécénat : il est régi par une convention de mécénat distincte, qui en fixe le versement, l'affectation et le compte rendu."
    },
    {
      id: 'subsidy',
      label: 'Subvention affectée',
      applies: when('laPosteFunding', 'subsidy'),
      text: "La Poste soutient l'expérimentation par une subvention de {laPosteAmount}, affectée à sa réalisation et sans contrepartie directe. Le Partenaire justifie de son emploi au terme de l'expérimentation et reverse à La Poste la part non utilisée."
    },
    {
      id: 'paid-service',
      label: 'Prestation payée au partenaire',
      applies: when('laPosteFunding', 'paid-service'),
      text: "La Poste rémunère le Partenaire, pour les prestations qu'il lui rend dans le cadre de l'expérimentation, à hauteur de {laPosteAmount} hors taxes, sur facture, majorés de la taxe sur la valeur ajoutée au taux en vigueur le cas échéant."
    },
    {
      id: 'none',
      label: 'Aucun financement',
      applies: () => true,
      text: "La Poste n'apporte aucun financement à l'expérimentation ; sa contribution se limite aux engagements prévus par la convention."
    }
  ]
}

export const INNOVATION_CO_FINANCING: Definition = {
  key: 'social-innovation.co-financing',
  title: 'Cofinancements',
  slots: innovationSlots,
  variants: [
    always(
      'funders',
      'Liste des cofinanceurs',
      'Le projet est cofinancé à hauteur de {coFinancingTotal}, comme suit :'
    )
  ]
}

const EXISTING_ASSETS =
  "Chaque partie demeure titulaire des droits qu'elle détenait avant la convention (savoir-faire, outils, contenus, marques) ; la convention ne lui en cède aucun."

export const INNOVATION_IP: Definition = {
  key: 'social-innovation.intellectual-property',
  title: 'Propriété intellectuelle',
  slots: innovationSlots,
  variants: [
    {
      id: 'la-poste',
      label: 'Réalisations à La Poste',
      applies: when('ownership', 'la-poste'),
      text: `${EXISTING_ASSETS}\n\nLes outils, contenus et méthodes produits dans le cadre de l'expérimentation appartiennent à La Poste, à qui le Partenaire cède au fur et à mesure de leur réalisation les droits patrimoniaux d'auteur (reproduction, représentation, adaptation), pour le monde entier et pour la durée légale des droits. Le Partenaire conserve le droit de les utiliser gratuitement pour ses propres activités non commerciales.`
    },
    {
      id: 'partner',
      label: 'Réalisations au Partenaire',
      applies: when('ownership', 'partner'),
      text: `${EXISTING_ASSETS}\n\nLes outils, contenus et méthodes produits dans le cadre de l'expérimentation appartiennent au Partenaire, qui concède à La Poste une licence gratuite et non exclusive de les utiliser, de les reproduire et de les diffuser pour ses propres besoins, pour le monde entier et pour la durée légale des droits.`
    },
    {
      id: 'shared',
      label: 'Copropriété à parts égales',
      applies: when('ownership', 'shared'),
      text: `${EXISTING_ASSETS}\n\nLes outils, contenus et méthodes produits dans le cadre de l'expérimentation appartiennent aux deux parties en copropriété, à parts égales. Chaque partie peut les exploiter pour ses propres besoins sans l'accord de l'autre ; toute cession, ou toute licence exclusive consentie à un tiers, requiert l'accord écrit des deux parties.`
    },
    {
      id: 'ownership-unknown',
      label: 'Titulaire non choisi (brouillon)',
      applies: () => true,
      text: `${EXISTING_ASSETS}\n\nTitulaire des droits sur les réalisations : {ownership}.`
    }
  ]
}

export const INNOVATION_LICENCE: Definition = {
  key: 'social-innovation.licence',
  title: 'Diffusion des réalisations',
  slots: innovationSlots,
  variants: [
    always(
      'open-licence',
      'Licence de diffusion',
      'Les réalisations sont diffusées au public sous la licence {licence}.'
    )
  ]
}

export const INNOVATION_SCALE_UP: Definition = {
  key: 'social-innovation.scale-up',
  title: 'Suites de l’expérimentation',
  slots: innovationSlots,
  variants: [
    always(
      'committee-decides',
      'Bilan en comité, extension par avenant',
      "Au terme de l'expérimentation, le comité de suivi examine le bilan de l'évaluation. Le service peut être étendu ou pérennisé aux conditions décrites ci-après.\n\n{scaleUpConditions}\n\nToute extension fait l'objet d'un avenant ou d'une nouvelle convention."
    )
  ]
}

export const SOCIAL_INNOVATION_CLAUSES: readonly Definition[] = [
  INNOVATION_SERVICE,
  INNOVATION_EXPERIMENTATION,
  INNOVATION_PREMISES,
  INNOVATION_EVALUATION,
  INNOVATION_FUNDING,
  INNOVATION_CO_FINANCING,
  INNOVATION_IP,
  INNOVATION_LICENCE,
  INNOVATION_SCALE_UP
]
