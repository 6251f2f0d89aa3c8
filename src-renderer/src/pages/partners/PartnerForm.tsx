import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { COMPANY_LEGAL_FORMS, PARTNER_STATUSES } from '@shared/reference/reference-data'
import { partnerInputSchema, type PartnerInput } from '@shared/schemas/partner.schema'
import { ApiError, errorMessage } from '../../api/client'
import { useReference } from '../../app/reference-context'
import { Alert } from '../../components/Alert'
import { CheckboxField } from '../../components/form/CheckboxField'
import { CheckboxGroupField } from '../../components/form/CheckboxGroupField'
import { MoneyField } from '../../components/form/MoneyField'
import { SelectField } from '../../components/form/SelectField'
import { TextField } from '../../components/form/TextField'
import { applyServerErrors } from '../../components/form/apply-server-errors'
import { RestoredDraftNotice } from '../../components/form/RestoredDraftNotice'
import { useLocalDraft } from '../../components/form/use-local-draft'
import { CommuneFields } from './CommuneFields'
import { ContactsFieldset } from './ContactsFieldset'

interface PartnerFormProps {
  /** Names the local copy kept while typing (`partner:12`, `partner:new`). */
  draftKey: string
  initialValues: PartnerInput
  submitLabel: string
  /** Saves the values; an ApiError's field messages are shown next to their fields. */
  onSubmit: (values: PartnerInput) => Promise<void>
  /** Tells the page whether there is unsaved work. */
  onDirtyChange?: (dirty: boolean) => void
}

export function PartnerForm({
  draftKey,
  initialValues,
  submitLabel,
  onSubmit,
  onDirtyChange
}: PartnerFormProps) {
  const { legalForms, headNetworks } = useReference()
  const form = useForm<PartnerInput>({
    defaultValues: initialValues,
    resolver: zodResolver(partnerInputSchema),
    mode: 'onTouched'
  })
  const draft = useLocalDraft(draftKey, form)
  const { isDirty } = form.formState
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange])
  const [submitError, setSubmitError] = useState<string>()
  const [legalForm, statuses] = useWatch({ control: form.control, name: ['legalForm', 'statuses'] })

  const submit = form.handleSubmit(async (values) => {
    setSubmitError(undefined)
    try {
      await onSubmit(values)
      draft.clear()
    } catch (error) {
      const shownNextToFields =
        error instanceof ApiError && applyServerErrors(form.setError, error.fieldErrors)
      setSubmitError(
        shownNextToFields ? `${errorMessage(error)} Voir les champs signalés.` : errorMessage(error)
      )
    }
  })

  return (
    <FormProvider {...form}>
      <form
        className="form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="Structure partenaire"
      >
        {draft.restored ? <RestoredDraftNotice onDiscard={draft.discard} /> : null}
        {submitError ? <Alert tone="error">{submitError}</Alert> : null}
        <fieldset className="form-section">
          <legend>Identité</legend>
          <TextField<PartnerInput>
            name="name"
            label="Nom de la structure"
            required
            autoComplete="organization"
          />
          <div className="field-row">
            <SelectField<PartnerInput>
              name="legalForm"
              label="Forme juridique"
              required
              options={legalForms.map((legalForm) => ({ value: legalForm.code, label: legalForm.label }))}
            />
            <SelectField<PartnerInput>
              name="headNetworkId"
              label="Tête de réseau"
              emptyLabel="Aucune"
              options={headNetworks
                .filter((network) => !network.archived)
                .map((network) => ({ value: String(network.id), label: network.name }))}
              registerOptions={{
                setValueAs: (value: string) => (value === '' || value === null ? null : Number(value))
              }}
            />
          </div>
          <CheckboxGroupField<PartnerInput, (typeof PARTNER_STATUSES)[number]['code']>
            name="statuses"
            legend="Statuts"
            hint="Distincts de la forme juridique : une SIAE peut être une association ou une SARL."
            choices={PARTNER_STATUSES.map((status) => ({ value: status.code, label: status.label }))}
          />
          {statuses.includes('esat') ? (
            <TextField<PartnerInput>
              name="managingBodyName"
              label="Organisme gestionnaire de l’ESAT"
              hint="L’ESAT n’a pas la personnalité morale : c’est son organisme gestionnaire qui signe."
              required
            />
          ) : null}
          {COMPANY_LEGAL_FORMS.has(legalForm) ? (
            <div className="field-row">
              <MoneyField<PartnerInput> name="shareCapitalCents" label="Capital social" />
              <TextField<PartnerInput>
                name="rcsCity"
                label="Ville d’immatriculation au RCS"
                hint="Par exemple : Bordeaux."
              />
            </div>
          ) : null}
          <div className="field-row">
            <TextField<PartnerInput>
              name="siret"
              label="SIRET"
              hint="14 chiffres, espaces acceptés."
              inputMode="numeric"
              autoComplete="off"
            />
            <TextField<PartnerInput>
              name="rna"
              label="Numéro RNA"
              hint="Associations : W suivi de 9 chiffres."
              autoComplete="off"
            />
          </div>
          <CheckboxField<PartnerInput> name="labelled" label="Structure labellisée Alliance Dynamique" />
          <CheckboxField<PartnerInput>
            name="generalInterest"
            label="Organisme d’intérêt général"
            hint="Nécessaire pour émettre un reçu fiscal au titre du mécénat."
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>Adresse</legend>
          <TextField<PartnerInput> name="addressLine" label="Adresse" autoComplete="street-address" />
          <CommuneFields />
        </fieldset>
        <ContactsFieldset />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Enregistrement…' : submitLabel}
          </button>
        </div>
      </form>
    </FormProvider>
  )
}
