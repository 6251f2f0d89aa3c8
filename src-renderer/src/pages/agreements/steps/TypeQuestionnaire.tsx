import { useId, useState } from 'react'
import type { PartnershipTypeCode } from '@shared/reference/reference-data'
import { recommendType, type TypeQuestionnaire as Answers } from '@shared/agreements/type-recommender'

type Question = {
  [K in keyof Answers]: {
    key: K
    label: string
    options: ReadonlyArray<{ value: NonNullable<Answers[K]>; label: string }>
  }
}[keyof Answers]

const QUESTIONS: readonly Question[] = [
  {
    key: 'exchange',
    label: 'Qu’est-ce qui est échangé ?',
    options: [
      { value: 'joint-service', label: 'Un service rendu ensemble' },
      { value: 'goods-or-services-bought', label: 'Des biens ou prestations achetés' },
      { value: 'money', label: 'De l’argent' },
      { value: 'goods', label: 'Des biens ou du matériel' },
      { value: 'skills', label: 'Du temps et des compétences de postiers' }
    ]
  },
  {
    key: 'payment',
    label: 'Qui paie qui ?',
    options: [
      { value: 'la-poste-pays-partner', label: 'La Poste rémunère le partenaire' },
      { value: 'nobody-pays', label: 'Personne : c’est un apport' },
      { value: 'partner-pays-la-poste', label: 'Le partenaire paie La Poste' },
      { value: 'co-financed', label: 'Un cofinancement à plusieurs' }
    ]
  },
  {
    key: 'createsMissingService',
    label: 'Crée-t-on un service qui manque sur le territoire ?',
    options: [
      { value: true, label: 'Oui' },
      { value: false, label: 'Non' }
    ]
  },
  {
    key: 'laPosteIsBuying',
    label: 'La Poste achète-t-elle au partenaire ?',
    options: [
      { value: true, label: 'Oui' },
      { value: false, label: 'Non' }
    ]
  },
  {
    key: 'isGift',
    label: 'Est-ce un don (sans contrepartie équivalente) ?',
    options: [
      { value: true, label: 'Oui' },
      { value: false, label: 'Non' }
    ]
  }
]

const NO_ANSWERS: Answers = {
  exchange: null,
  payment: null,
  createsMissingService: null,
  laPosteIsBuying: null,
  isGift: null
}

/** Five quick questions; the recommendation says which type and why. The coordinator decides. */
export function TypeQuestionnaire({
  onChoose,
  typeLabel
}: {
  onChoose: (type: PartnershipTypeCode) => void
  typeLabel: (type: PartnershipTypeCode) => string
}) {
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS)
  const id = useId()
  const recommendation = recommendType(answers)
  return (
    <details className="questionnaire" open>
      <summary>Besoin d’aide pour choisir ? Répondez à cinq questions</summary>
      {QUESTIONS.map((question) => (
        <fieldset key={question.key} className="field radio-group radio-group--inline">
          <legend>{question.label}</legend>
          {question.options.map((option) => (
            <label key={String(option.value)} className="radio-choice">
              <input
                type="radio"
                name={`${id}-${question.key}`}
                checked={answers[question.key] === option.value}
                onChange={() => setAnswers({ ...answers, [question.key]: option.value })}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      ))}
      <div className="recommendation" role="status" aria-live="polite">
        {recommendation.type ? (
          <>
            <p>
              <strong>Type recommandé : {typeLabel(recommendation.type)}.</strong> {recommendation.reason}
            </p>
            <button
              type="button"
              className="button"
              onClick={() => recommendation.type && onChoose(recommendation.type)}
            >
              Retenir « {typeLabel(recommendation.type)} »
            </button>
          </>
        ) : (
          <p>{recommendation.reason}</p>
        )}
      </div>
    </details>
  )
}
