import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import {
  EVALUATION_OUTCOME_LABELS,
  EVALUATION_OUTCOMES,
  EVALUATION_RECOMMENDATION_LABELS,
  EVALUATION_RECOMMENDATIONS,
  type FollowUpView
} from '@shared/domain/follow-up'
import { evaluationInputSchema, type EvaluationInput } from '@shared/schemas/follow-up.schema'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { applyServerErrors } from '../../components/form/apply-server-errors'
import { RadioGroupField } from '../../components/form/RadioGroupField'
import { TextAreaField } from '../../components/form/TextAreaField'
import { TextField } from '../../components/form/TextField'
import { formatDate } from '../../format'

interface EvaluationPanelProps {
  view: FollowUpView
  today: string
  onChanged: () => void
}

/** The final evaluation: were the objectives met, what next, in a few lines. */
export function EvaluationPanel({ view, today, onChanged }: EvaluationPanelProps) {
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string }>()
  const evaluation = view.evaluation
  const form = useForm<EvaluationInput>({
    defaultValues: {
      agreementId: view.agreement.id,
      writtenOn: evaluation?.writtenOn ?? today,
      // Empty until chosen: the schema refuses it with a French message.
      outcome: evaluation?.outcome ?? ('' as EvaluationInput['outcome']),
      recommendation: evaluation?.recommendation ?? ('' as EvaluationInput['recommendation']),
      summary: evaluation?.summary ?? ''
    },
    resolver: zodResolver(evaluationInputSchema),
    mode: 'onTouched'
  })
  const submit = form.handleSubmit(async (values) => {
    setMessage(undefined)
    try {
      await unwrap(api().followUp.saveEvaluation(values))
      setMessage({ tone: 'success', text: 'Bilan final enregistré.' })
      onChanged()
    } catch (failure) {
      if (failure instanceof ApiError) applyServerErrors(form.setError, failure.fieldErrors)
      setMessage({ tone: 'error', text: errorMessage(failure) })
    }
  })
  const canWrite = ['active', 'ended', 'terminated'].includes(view.agreement.status)
  return (
    <section className="panel" aria-labelledby="bilan">
      <h2 id="bilan" tabIndex={-1}>
        Bilan final
      </h2>
      {evaluation ? (
        <p className="muted">
          Rédigé le {formatDate(evaluation.writtenOn)} :{' '}
          {EVALUATION_OUTCOME_LABELS[evaluation.outcome].toLowerCase()},{' '}
          {EVALUATION_RECOMMENDATION_LABELS[evaluation.recommendation].toLowerCase()}.
        </p>
      ) : null}
      {!canWrite ? (
        <p className="muted">Le bilan final se rédige une fois la convention commencée.</p>
      ) : (
        <FormProvider {...form}>
          <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label="Bilan final">
            {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
            <TextField<EvaluationInput>
              name="writtenOn"
              type="date"
              label="Date du bilan"
              required
              className="field--short"
            />
            <RadioGroupField<EvaluationInput, EvaluationInput['outcome']>
              name="outcome"
              legend="Objectifs"
              choices={EVALUATION_OUTCOMES.map((value) => ({
                value,
                label: EVALUATION_OUTCOME_LABELS[value]
              }))}
            />
            <RadioGroupField<EvaluationInput, EvaluationInput['recommendation']>
              name="recommendation"
              legend="Suite proposée"
              choices={EVALUATION_RECOMMENDATIONS.map((value) => ({
                value,
                label: EVALUATION_RECOMMENDATION_LABELS[value]
              }))}
            />
            <TextAreaField<EvaluationInput> name="summary" label="Bilan" required rows={4} />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? 'Enregistrement…' : 'Enregistrer le bilan final'}
              </button>
            </div>
          </form>
        </FormProvider>
      )}
    </section>
  )
}
