import { useFormContext, useWatch } from 'react-hook-form'
import { agreementEndDate } from '@shared/agreements/agreement-dates'
import type { AgreementContent, RenewalRule } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../components/form/CheckboxField'
import { NumberField } from '../../../components/form/NumberField'
import { RadioGroupField } from '../../../components/form/RadioGroupField'
import { TextAreaField } from '../../../components/form/TextAreaField'
import { TextField } from '../../../components/form/TextField'
import { formatDate } from '../../../format'
import { useWizard } from '../wizard/wizard-context'
import { PastStartDateQuestion } from './PastStartDateQuestion'

/** Step 6: dates, renewal and the standard clauses (with sensible defaults to adapt). */
export function DurationStep() {
  const { control } = useFormContext<AgreementContent>()
  const [startDate, durationMonths] = useWatch({ control, name: ['startDate', 'durationMonths'] })
  const endDate = agreementEndDate(startDate, durationMonths)
  const { pastStartDate } = useWizard()
  return (
    <>
      <div className="field-row">
        <TextField<AgreementContent>
          name="startDate"
          label="Date de début"
          type="date"
          required
          options={{ setValueAs: (value: string) => (value === '' ? null : value) }}
        />
        <NumberField<AgreementContent>
          name="durationMonths"
          label="Durée"
          unit="mois"
          min={1}
          max={120}
          required
        />
        <div className="field">
          <span className="field-label">Date de fin</span>
          <output className="computed" aria-live="polite">
            {endDate ? formatDate(endDate) : 'Indiquez le début et la durée'}
          </output>
        </div>
      </div>
      {pastStartDate ? <PastStartDateQuestion {...pastStartDate} /> : null}
      <RadioGroupField<AgreementContent, RenewalRule | null>
        name="renewalRule"
        legend="Renouvellement"
        choices={[
          { value: 'none', label: 'Pas de renouvellement' },
          { value: 'tacit', label: 'Tacite reconduction' },
          { value: 'express', label: 'Renouvellement exprès (avenant)' }
        ]}
      />
      <NumberField<AgreementContent>
        name="noticeMonths"
        label="Préavis de résiliation"
        unit="mois"
        min={0}
        max={24}
        className="field--short"
      />
      <fieldset className="form-section">
        <legend>Comité de suivi</legend>
        <TextAreaField<AgreementContent> name="followUpCommittee.composition" label="Composition" rows={2} />
        <NumberField<AgreementContent>
          name="followUpCommittee.meetingsPerYear"
          label="Réunions par an"
          min={0}
          max={52}
          className="field--short"
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Communication</legend>
        <CheckboxField<AgreementContent>
          name="communication.logoUseAllowed"
          label="Chaque partie peut utiliser le logo de l’autre"
        />
        <TextAreaField<AgreementContent> name="communication.clause" label="Clause de communication" />
      </fieldset>
      <TextAreaField<AgreementContent>
        name="dataProtection"
        label="Protection des données personnelles"
        rows={4}
      />
      <TextAreaField<AgreementContent> name="confidentiality" label="Confidentialité" rows={3} />
      <TextField<AgreementContent> name="jurisdiction" label="Juridiction compétente" />
    </>
  )
}
