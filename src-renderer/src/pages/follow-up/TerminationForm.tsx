import { zodResolver } from '@hookform/resolvers/zod'
import { FormProvider, useForm } from 'react-hook-form'
import { TERMINATION_DECIDER_LABELS, TERMINATION_DECIDERS } from '@shared/agreements/lifecycle'
import { terminateInputSchema, type TerminateInput } from '@shared/schemas/lifecycle.schema'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { applyServerErrors } from '../../components/form/apply-server-errors'
import { RadioGroupField } from '../../components/form/RadioGroupField'
import { TextAreaField } from '../../components/form/TextAreaField'
import { TextField } from '../../components/form/TextField'
import { useState } from 'react'

interface TerminationFormProps {
  agreementId: number
  defaultDate: string
  onDone: () => void
  onCancel: () => void
}

/** Early termination: effective date, reason and who decided — the service checks them again on every path. */
export function TerminationForm({ agreementId, defaultDate, onDone, onCancel }: TerminationFormProps) {
  const [submitError, setSubmitError] = useState<string>()
  const form = useForm<TerminateInput>({
    defaultValues: { id: agreementId, date: defaultDate, reason: '', decidedBy: 'la-poste' },
    resolver: zodResolver(terminateInputSchema),
    mode: 'onTouched'
  })
  const submit = form.handleSubmit(async (values) => {
    setSubmitError(undefined)
    if (values.reason.trim() === '') {
      form.setError('reason', { message: 'Indiquez le motif de la résiliation.' }, { shouldFocus: true })
      return
    }
    try {
      await unwrap(api().lifecycle.terminate(values))
      onDone()
    } catch (failure) {
      const shown = failure instanceof ApiError && applyServerErrors(form.setError, failure.fieldErrors)
      setSubmitError(shown ? `${errorMessage(failure)} Voir les champs signalés.` : errorMessage(failure))
    }
  })
  return (
    <FormProvider {...form}>
      <form
        className="form termination-form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label="Résiliation"
      >
        {submitError ? <Alert tone="error">{submitError}</Alert> : null}
        <TextField<TerminateInput>
          name="date"
          type="date"
          label="Date d’effet"
          required
          className="field--short"
          hint="Pas avant le début de la convention ; peut être à venir (préavis)."
        />
        <TextAreaField<TerminateInput> name="reason" label="Motif" required rows={3} />
        <RadioGroupField<TerminateInput, TerminateInput['decidedBy']>
          name="decidedBy"
          legend="Décidée par"
          choices={TERMINATION_DECIDERS.map((value) => ({ value, label: TERMINATION_DECIDER_LABELS[value] }))}
        />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Résiliation…' : 'Résilier la convention'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Annuler
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
