/**
 * Seed reference data of the Alliance Dynamique programme: engagements, action domains, types, benefits.
 * Migrations copy it into tables once; from then on the tables are the source of truth, editable in Settings.
 */

export const ENGAGEMENTS = [
  { code: 'territories', label: 'Contribuer au développement et à la cohésion des territoires' },
  { code: 'social-inclusion', label: "Favoriser l'inclusion sociale" },
  { code: 'ethical-digital', label: 'Promouvoir un numérique éthique, inclusif et frugal' },
  { code: 'ecological-transition', label: 'Œuvrer à la transition écologique pour tous' }
] as const

export type EngagementCode = (typeof ENGAGEMENTS)[number]['code']

export const ACTION_DOMAINS: ReadonlyArray<{ code: string; label: string; engagement: EngagementCode }> = [
  { code: 'shared-places', label: 'Lieux partagés', engagement: 'territories' },
  {
    code: 'rural-proximity-services',
    label: 'Services de proximité en zone rurale',
    engagement: 'territories'
  },
  { code: 'solidarity-logistics', label: 'Logistique solidaire', engagement: 'territories' },
  { code: 'home-care', label: 'Maintien à domicile', engagement: 'social-inclusion' },
  { code: 'banking-inclusion', label: 'Inclusion bancaire', engagement: 'social-inclusion' },
  { code: 'employment-integration', label: 'Emploi et insertion', engagement: 'social-inclusion' },
  { code: 'accessibility-disability', label: 'Accessibilité et handicap', engagement: 'social-inclusion' },
  { code: 'digital-inclusion', label: 'Inclusion numérique', engagement: 'ethical-digital' },
  { code: 'solidarity-mobility', label: 'Mobilité solidaire', engagement: 'ecological-transition' },
  { code: 'circular-economy', label: 'Économie circulaire', engagement: 'ecological-transition' },
  { code: 'sustainable-food', label: 'Alimentation durable', engagement: 'ecological-transition' },
  { code: 'energy-transition', label: 'Transition énergétique', engagement: 'ecological-transition' }
]

export const PARTNERSHIP_TYPES = [
  {
    code: 'economic-cooperation',
    label: 'Coopération économique',
    description:
      'Construire une offre commune : chaque partie apporte une part du service, La Poste rémunère.',
    example:
      'Relais Poste ESS : un commerce rural tenu par une association assure les services postaux contre rémunération, ce qui pérennise un emploi.'
  },
  {
    code: 'social-innovation',
    label: 'Innovation sociale',
    description: 'Créer une prestation qui manque sur le territoire, expérimentée puis évaluée.',
    example:
      "Inclusion bancaire : un module de formation à l'usage du site de la banque pour les clients éloignés du numérique."
  },
  {
    code: 'responsible-practices',
    label: 'Pratiques responsables',
    description:
      'Achats inclusifs : marchés réservés aux ESAT, entreprises adaptées et structures d’insertion.',
    example: 'Environ 30 M€ d’achats inclusifs par an, dont des marchés réservés au secteur protégé.'
  },
  {
    code: 'patronage',
    label: 'Mécénat',
    description: 'Soutenir une association d’intérêt général : don financier, en nature ou de compétences.',
    example:
      'Mécénat de compétences : des postiers prêtent main-forte à la logistique des banques alimentaires.'
  }
] as const

export type PartnershipTypeCode = (typeof PARTNERSHIP_TYPES)[number]['code']

export const BENEFITS = [
  { code: 'human-resources', label: 'Ressources humaines spécifiques (mécénat de compétences)' },
  { code: 'economic-model', label: 'Modèle économique conforté' },
  { code: 'new-audiences', label: 'Nouveaux publics et nouveaux services' },
  { code: 'reserved-markets', label: 'Activité développée grâce aux marchés réservés' },
  {
    code: 'specific-offers',
    label: 'Accès à des offres spécifiques (centres de vacances, restaurants d’entreprise, véhicules postaux)'
  }
] as const

/**
 * Legal forms: what kind of legal person contracts. Statuses (ESAT, entreprise adaptée, SIAE, ESUS, reconnue d’utilité
 * publique) are another thing, recorded apart (`PARTNER_STATUSES`): a SIAE may be an association or a SARL.
 */
export const LEGAL_FORMS = [
  { code: 'association-1901', label: 'Association loi 1901' },
  { code: 'foundation', label: 'Fondation' },
  { code: 'scop', label: 'Société coopérative et participative (SCOP)' },
  { code: 'scic', label: 'Société coopérative d’intérêt collectif (SCIC)' },
  { code: 'mutual', label: 'Mutuelle' },
  { code: 'sa', label: 'Société anonyme (SA)' },
  { code: 'sas', label: 'Société par actions simplifiée (SAS)' },
  { code: 'sarl', label: 'Société à responsabilité limitée (SARL)' },
  { code: 'public-body', label: 'Établissement public' },
  { code: 'other', label: 'Autre' }
] as const

export type LegalFormCode = (typeof LEGAL_FORMS)[number]['code']
export const LEGAL_FORM_CODES = LEGAL_FORMS.map((form) => form.code) as [LegalFormCode, ...LegalFormCode[]]

/** Legal forms that are associations: the RNA number applies to them. */
export const ASSOCIATION_LEGAL_FORMS: ReadonlySet<LegalFormCode> = new Set(['association-1901'])

/** Commercial companies (cooperatives included): their parties block shows the share capital and the RCS. */
export const COMPANY_LEGAL_FORMS: ReadonlySet<LegalFormCode> = new Set(['scop', 'scic', 'sa', 'sas', 'sarl'])

/** Statuses a structure may hold on top of its legal form; several may apply (an SIAE with the ESUS approval). */
export const PARTNER_STATUSES = [
  { code: 'esat', label: 'Établissement et service d’aide par le travail (ESAT)', shortLabel: 'ESAT' },
  { code: 'adapted-enterprise', label: 'Entreprise adaptée (EA)', shortLabel: 'EA' },
  { code: 'siae', label: 'Structure d’insertion par l’activité économique (SIAE)', shortLabel: 'SIAE' },
  { code: 'esus', label: 'Entreprise solidaire d’utilité sociale (agrément ESUS)', shortLabel: 'ESUS' },
  { code: 'public-utility', label: 'Reconnue d’utilité publique', shortLabel: 'RUP' }
] as const

export type PartnerStatusCode = (typeof PARTNER_STATUSES)[number]['code']
export const PARTNER_STATUS_CODES = PARTNER_STATUSES.map((status) => status.code) as [
  PartnerStatusCode,
  ...PartnerStatusCode[]
]

/** Legal forms that may be recognised of public utility. */
export const PUBLIC_UTILITY_LEGAL_FORMS: ReadonlySet<LegalFormCode> = new Set([
  'association-1901',
  'foundation'
])

/**
 * Codes of the first versions, where statuses were chosen as legal forms; bundles of exchange format 1 and databases
 * before migration 0025 carry them. Each maps to a legal form and a status.
 */
export const LEGACY_LEGAL_FORMS: Readonly<
  Record<string, { legalForm: LegalFormCode; status: PartnerStatusCode }>
> = {
  arup: { legalForm: 'association-1901', status: 'public-utility' },
  esat: { legalForm: 'association-1901', status: 'esat' },
  'adapted-enterprise': { legalForm: 'other', status: 'adapted-enterprise' },
  siae: { legalForm: 'other', status: 'siae' },
  esus: { legalForm: 'other', status: 'esus' }
}

export const HEAD_NETWORKS: ReadonlyArray<{ name: string; acronym: string }> = [
  { name: 'Union nationale ADMR', acronym: 'ADMR' },
  { name: 'Fédération française des banques alimentaires', acronym: 'FFBA' },
  { name: 'Union nationale des entreprises adaptées', acronym: 'UNEA' },
  { name: 'Andicat (directeurs d’ESAT)', acronym: 'ANDICAT' },
  { name: 'Fédération des entreprises d’insertion', acronym: 'FEI' },
  { name: 'Emmaüs France', acronym: 'EMMAUS' },
  { name: 'Croix-Rouge française', acronym: 'CRF' },
  { name: 'Secours populaire français', acronym: 'SPF' },
  { name: 'Familles rurales', acronym: 'FR' },
  { name: 'Réseau des ressourceries et recycleries', acronym: 'RESSOURCERIES' },
  { name: 'Emmaüs Connect', acronym: 'EMMAUS-CONNECT' },
  { name: 'France Active', acronym: 'FRANCE-ACTIVE' }
]
