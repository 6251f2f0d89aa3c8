import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { z } from 'zod'
import { coordinatorProfileSchema, laPostePartySchema, type Settings } from '@shared/schemas/settings.schema'
import { ApiError, api, errorMessage, unwrap } from '../api/client'
import { Alert } from '../components/Alert'
import { applyServerErrors } from '../components/form/apply-server-errors'
import { CoordinatorProfileFields } from '../pages/settings/CoordinatorProfileFields'
import { TextField } from '../components/form/TextField'

const filled = (value: string) => value.trim() !== ''

/** What the first run asks: the same settings as Réglages, the name and the signatory being required here. */
const firstRunSchema = z.object({
  coordinator: coordinatorProfileSchema.extend({
    name: coordinatorProfileSchema.shape.name.refine(filled, 'Indiquez vos nom et prénom.')
  }),
  laPosteParty: laPostePartySchema.required().extend({
    defaultSignatoryName: laPostePartySchema.shape.defaultSignatoryName.refine(
      filled,
      'Indiquez qui signe pour La Poste.'
    ),
    defaultSignatoryTitle: laPostePartySchema.shape.defaultSignatoryTitle.refine(
      filled,
      'Indiquez sa qualité (par exemple : directeur régional).'
    )
  })
})

/** Welcome, then the profile and the default La Poste signatory; every new convention starts from them. */
export function FirstRunScreen({ settings, onDone }: { settings: Settings; onDone: () => void }) {
  const form = useForm<Settings>({
    defaultValues: settings,
    resolver: zodResolver(firstRunSchema),
    mode: 'onTouched'
  })
  const [error, setError] = useState<string>()
  const title = useRef<HTMLHeadingElement>(null)
  useEffect(() => title.current?.focus(), [])
  const submit = form.handleSubmit(async (values) => {
    setError(undefined)
    try {
      await unwrap(api().settings.update(values))
      onDone()
    } catch (failure) {
      if (failure instanceof ApiError) applyServerErrors(form.setError, failure.fieldErrors)
      setError(errorMessage(failure))
    }
  })
  return (
    <main className="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title" tabIndex={-1} ref={title}>
        Bienvenue dans Alliance Conventions
      </h1>
      <p>
        Avant la première convention, deux renseignements que toutes reprendront : qui vous êtes, et qui signe
        pour La Poste. Vous pourrez les modifier à tout moment dans les Réglages ; les brouillons suivent le
        signataire par défaut tant que vous ne l’avez pas changé dans la convention.
      </p>
      <FormProvider {...form}>
        <form
          className="form"
          noValidate
          onSubmit={(event) => void submit(event)}
          aria-label="Premier lancement"
        >
          <CoordinatorProfileFields nameRequired />
          <fieldset className="form-section">
            <legend>Signataire pour La Poste</legend>
            <TextField<Settings> name="laPosteParty.regionalDirection" label="Direction régionale" />
            <div className="field-row">
              <TextField<Settings>
                name="laPosteParty.defaultSignatoryName"
                label="Signataire par défaut"
                required
              />
              <TextField<Settings>
                name="laPosteParty.defaultSignatoryTitle"
                label="Qualité du signataire"
                required
              />
            </div>
          </fieldset>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={form.formState.isSubmitting}
              aria-busy={form.formState.isSubmitting || undefined}
            >
              {form.formState.isSubmitting ? 'Enregistrement…' : 'Enregistrer et commencer'}
            </button>
            <button type="button" className="button button--quiet" onClick={onDone}>
              Plus tard (dans les Réglages)
            </button>
          </div>
        </form>
      </FormProvider>
    </main>
  )
}
