import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { z } from 'zod'
import { coordinatorProfileSchema, laPostePartySchema, type Settings } from '@shared/schemas/settings.schema'
import { ApiError, api, errorMessage, unwrap } from '../../api/client'
import { Alert } from '../../components/Alert'
import { applyServerErrors } from '../../components/form/apply-server-errors'
import { CoordinatorProfileFields } from './CoordinatorProfileFields'
import { TextField } from '../../components/form/TextField'

const settingsFormSchema = z.object({
  coordinator: coordinatorProfileSchema,
  laPosteParty: laPostePartySchema.required()
})

/** The coordinator's profile and the La Poste party printed on every agreement (default signatory included). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const form = useForm<Settings>({
    defaultValues: settings,
    resolver: zodResolver(settingsFormSchema),
    mode: 'onTouched'
  })
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>()

  const submit = form.handleSubmit(async (values) => {
    setMessage(undefined)
    try {
      const saved = await unwrap(api().settings.update(values))
      form.reset(saved)
      setMessage({ tone: 'success', text: 'Réglages enregistrés.' })
    } catch (failure) {
      if (failure instanceof ApiError) applyServerErrors(form.setError, failure.fieldErrors)
      setMessage({ tone: 'error', text: errorMessage(failure) })
    }
  })

  return (
    <FormProvider {...form}>
      <form
        className="form"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label="Profil et partie La Poste"
      >
        <CoordinatorProfileFields />
        <fieldset className="form-section">
          <legend>La Poste, partie à la convention</legend>
          <div className="field-row">
            <TextField<Settings> name="laPosteParty.legalName" label="Dénomination" />
            <TextField<Settings> name="laPosteParty.legalForm" label="Forme juridique" />
          </div>
          <div className="field-row">
            <TextField<Settings>
              name="laPosteParty.shareCapitalEuros"
              label="Capital social (euros)"
              hint="Tel qu’il figure sur l’extrait Kbis en vigueur, en chiffres."
              inputMode="numeric"
            />
            <TextField<Settings> name="laPosteParty.rcsCity" label="RCS de" />
            <TextField<Settings> name="laPosteParty.rcsNumber" label="Numéro RCS" />
          </div>
          <TextField<Settings> name="laPosteParty.address" label="Siège social" />
          <div className="field-row">
            <TextField<Settings>
              name="laPosteParty.regionalDirection"
              label="Direction régionale"
              hint="Son nom complet, tel qu’il s’écrit : « Direction régionale Nouvelle-Aquitaine »."
            />
            <TextField<Settings>
              name="laPosteParty.regionalDirectionCity"
              label="Ville de la direction régionale"
              hint="Tribunal désigné face à un partenaire commerçant."
            />
          </div>
          <div className="field-row">
            <TextField<Settings> name="laPosteParty.defaultSignatoryName" label="Signataire par défaut" />
            <TextField<Settings>
              name="laPosteParty.defaultSignatoryTitle"
              label="Qualité du signataire"
              hint="En minuscules : « directrice régionale »."
            />
            <TextField<Settings>
              name="laPosteParty.delegationDate"
              label="Délégation de pouvoirs du"
              type="date"
              className="field--short"
            />
          </div>
        </fieldset>
        {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
            Enregistrer les réglages
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
