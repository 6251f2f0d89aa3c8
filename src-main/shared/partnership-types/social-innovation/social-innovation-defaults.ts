import type { CommitmentSuggestions } from '../partnership-type-module'
import type { SocialInnovationTerms } from './social-innovation-terms.schema'

export function emptySocialInnovationTerms(): SocialInnovationTerms {
  return {
    type: 'social-innovation',
    missingService: '',
    targetPublic: '',
    experimentationMonths: null,
    experimentationSites: [],
    evaluationPlan: '',
    coFinancing: [],
    ownership: null,
    licence: '',
    scaleUpConditions: '',
    premises: '',
    dataCollector: null,
    dataRole: null,
    laPosteFunding: 'none',
    laPosteFundingCents: null
  }
}

export function socialInnovationSuggestions(terms: SocialInnovationTerms): CommitmentSuggestions {
  return {
    laPoste: [
      terms.premises.trim() === ''
        ? 'Mobiliser ses équipes pour orienter les publics concernés.'
        : 'Mettre à disposition les locaux et le matériel prévus pour l’expérimentation.',
      'Participer au comité de suivi et à l’évaluation.'
    ],
    partner: [
      'Concevoir et animer le service auprès du public visé.',
      'Collecter les données de l’évaluation dans le respect du plan convenu.',
      'Présenter un bilan à la fin de l’expérimentation.'
    ],
    indicators: [
      { label: 'Personnes accompagnées', target: null, unit: 'personnes' },
      { label: 'Taux de satisfaction des bénéficiaires', target: null, unit: '%' }
    ]
  }
}
