import { z } from 'zod'
import '../schemas/french-messages'
import type { PartnershipTypeCode } from '../reference/reference-data'

/** The short questionnaire of wizard step 3; unanswered questions are null. */
export const typeQuestionnaireSchema = z
  .object({
    /** What is exchanged between La Poste and the partner. */
    exchange: z.enum(['joint-service', 'goods-or-services-bought', 'money', 'goods', 'skills']).nullable(),
    /** Who pays whom. */
    payment: z
      .enum(['la-poste-pays-partner', 'nobody-pays', 'partner-pays-la-poste', 'co-financed'])
      .nullable(),
    createsMissingService: z.boolean().nullable(),
    laPosteIsBuying: z.boolean().nullable(),
    isGift: z.boolean().nullable()
  })
  .strict()

export type TypeQuestionnaire = z.infer<typeof typeQuestionnaireSchema>

export interface TypeRecommendation {
  /** Null while the answers do not point to any type. */
  type: PartnershipTypeCode | null
  reason: string
}

/**
 * Recommends a partnership type from the questionnaire; the coordinator decides. The most telling answers win:
 * a gift is patronage whatever else is said, a purchase is responsible practices, a missing service is social
 * innovation, and a service La Poste pays the partner to run with it is economic cooperation.
 */
export function recommendType(answers: TypeQuestionnaire): TypeRecommendation {
  if (answers.isGift === true)
    return {
      type: 'patronage',
      reason:
        'La Poste donne (argent, biens ou temps de ses salariés) sans contrepartie équivalente : c’est du mécénat. ' +
        'Vérifiez que le partenaire est d’intérêt général si un reçu fiscal est envisagé.'
    }
  if (answers.laPosteIsBuying === true || answers.exchange === 'goods-or-services-bought')
    return {
      type: 'responsible-practices',
      reason:
        'La Poste achète des biens ou des prestations au partenaire : il s’agit de pratiques responsables (achats inclusifs), ' +
        'éventuellement par un marché réservé aux ESAT, EA ou SIAE.'
    }
  if (answers.createsMissingService === true)
    return {
      type: 'social-innovation',
      reason:
        'Le partenariat crée une prestation qui manque sur le territoire : c’est de l’innovation sociale, ' +
        'à expérimenter puis évaluer avant de l’étendre.'
    }
  if (answers.exchange === 'joint-service' || answers.payment === 'la-poste-pays-partner')
    return {
      type: 'economic-cooperation',
      reason:
        'La Poste et le partenaire construisent une offre commune et La Poste rémunère la part du partenaire : ' +
        'c’est une coopération économique (comme un Relais Poste tenu par une association).'
    }
  if (answers.exchange === 'skills' || answers.exchange === 'money' || answers.exchange === 'goods')
    if (answers.payment === 'nobody-pays' || answers.payment === null)
      return {
        type: 'patronage',
        reason:
          'La Poste apporte de l’argent, des biens ou des compétences sans être payée en retour : c’est du mécénat.'
      }
  if (answers.payment === 'co-financed')
    return {
      type: 'social-innovation',
      reason: 'Un projet cofinancé par plusieurs acteurs relève le plus souvent de l’innovation sociale.'
    }
  return {
    type: null,
    reason: 'Répondez aux questions (ce qui est échangé, qui paie qui…) pour obtenir une recommandation.'
  }
}
