import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../components/form/CheckboxField'
import { MoneyField } from '../../../components/form/MoneyField'
import { SelectField } from '../../../components/form/SelectField'
import { TextAreaField } from '../../../components/form/TextAreaField'
import { BILLING_FREQUENCY_LABELS, REMUNERATION_MODEL_LABELS, toOptions } from './term-labels'

/** Coopération économique: the joint offer, what each party brings, and how La Poste pays. */
export function EconomicCooperationTermsFields() {
  return (
    <>
      <TextAreaField<AgreementContent>
        name="terms.jointOffer"
        label="Offre commune"
        required
        hint="Le service rendu ensemble, pour qui."
      />
      <div className="field-row">
        <TextAreaField<AgreementContent> name="terms.laPosteContribution" label="Apport de La Poste" />
        <TextAreaField<AgreementContent> name="terms.partnerContribution" label="Apport du partenaire" />
      </div>
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.remunerationModel"
          label="Modèle de rémunération"
          required
          emptyLabel="Choisir…"
          options={toOptions(REMUNERATION_MODEL_LABELS)}
          registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
        />
        <MoneyField<AgreementContent>
          name="terms.remunerationAmountCents"
          label="Montant de la rémunération"
          required
        />
        <SelectField<AgreementContent>
          name="terms.billingFrequency"
          label="Facturation"
          emptyLabel="Choisir…"
          options={toOptions(BILLING_FREQUENCY_LABELS)}
          registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
        />
      </div>
      <TextAreaField<AgreementContent> name="terms.territory" label="Territoire couvert" rows={2} />
      <CheckboxField<AgreementContent> name="terms.exclusivity" label="Exclusivité sur ce territoire" />
    </>
  )
}
