import { useFormContext, useWatch } from 'react-hook-form'
import {
  counterpartsExceedLimit,
  counterpartsTotalCents,
  giftValueCents,
  skillsValuationCents,
  taxReceiptRefusal
} from '@shared/agreements/patronage-rules'
import type { PatronageTerms } from '@shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { Alert } from '../../../components/Alert'
import { CheckboxField } from '../../../components/form/CheckboxField'
import { MoneyField } from '../../../components/form/MoneyField'
import { NumberField } from '../../../components/form/NumberField'
import { RowListFieldset } from '../../../components/form/RowListFieldset'
import { SelectField } from '../../../components/form/SelectField'
import { TextField } from '../../../components/form/TextField'
import { formatEuros } from '../../../format'
import { useWizard } from '../wizard/wizard-context'
import { PATRONAGE_NATURE_LABELS, toOptions } from './term-labels'

/** Mécénat: the gift, its valuation, the payment schedule and the counterparts, with the rules that apply. */
export function PatronageTermsFields() {
  const { partner } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const terms = useWatch({ control, name: 'terms' }) as PatronageTerms
  const gift = giftValueCents(terms)
  const refusal = partner ? taxReceiptRefusal(partner.generalInterest) : null

  return (
    <>
      <SelectField<AgreementContent>
        name="terms.nature"
        label="Nature du mécénat"
        required
        emptyLabel="Choisir…"
        options={toOptions(PATRONAGE_NATURE_LABELS)}
        registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
      />
      {terms.nature === 'skills' ? (
        <fieldset className="form-section">
          <legend>Mécénat de compétences</legend>
          <div className="field-row">
            <NumberField<AgreementContent> name="terms.skills.employees" label="Salariés mobilisés" min={0} />
            <NumberField<AgreementContent>
              name="terms.skills.days"
              label="Jours par salarié"
              unit="jours"
              min={0}
            />
            <MoneyField<AgreementContent>
              name="terms.skills.dailyCostCents"
              label="Coût journalier"
              hint="Salaire chargé d’une journée."
            />
          </div>
          <p className="computed" aria-live="polite">
            Valorisation : <strong>{formatEuros(skillsValuationCents(terms.skills))}</strong>
            <span className="muted"> (salariés × jours × coût journalier)</span>
          </p>
          <TextField<AgreementContent> name="terms.skills.valuationBasis" label="Base de valorisation" />
        </fieldset>
      ) : terms.nature ? (
        <MoneyField<AgreementContent>
          name="terms.amountCents"
          label={terms.nature === 'financial' ? 'Montant du don' : 'Valorisation du don en nature'}
          required
        />
      ) : null}
      <RowListFieldset<AgreementContent>
        name="terms.paymentSchedule"
        legend="Échéancier"
        rowLabel="Échéance"
        addLabel="Ajouter une échéance"
        newRow={() => ({ date: null, amountCents: null })}
        renderRow={(index) => (
          <>
            <TextField<AgreementContent>
              name={`terms.paymentSchedule.${index}.date`}
              label="Date"
              type="date"
              options={{ setValueAs: (value: string) => (value === '' ? null : value) }}
            />
            <MoneyField<AgreementContent>
              name={`terms.paymentSchedule.${index}.amountCents`}
              label="Montant"
            />
          </>
        )}
      />
      <RowListFieldset<AgreementContent>
        name="terms.counterparts"
        legend="Contreparties accordées à La Poste"
        rowLabel="Contrepartie"
        addLabel="Ajouter une contrepartie"
        emptyText="Aucune contrepartie (mention du soutien, logo…)."
        newRow={() => ({ description: '', valueCents: null })}
        renderRow={(index) => (
          <>
            <TextField<AgreementContent>
              name={`terms.counterparts.${index}.description`}
              label="Description"
            />
            <MoneyField<AgreementContent> name={`terms.counterparts.${index}.valueCents`} label="Valeur" />
          </>
        )}
      />
      {counterpartsExceedLimit(terms) ? (
        <Alert tone="error">
          Les contreparties ({formatEuros(counterpartsTotalCents(terms))}) dépassent 25 % de la valeur du don
          ({formatEuros(gift)}) : au-delà, l’opération risque de ne plus être regardée comme du mécénat.
        </Alert>
      ) : null}
      <CheckboxField<AgreementContent> name="terms.taxReceiptRequested" label="Un reçu fiscal sera demandé" />
      {terms.taxReceiptRequested && refusal ? <Alert tone="error">{refusal}</Alert> : null}
    </>
  )
}
