import { labelOptions } from '@shared/partnership-types/common/labels'
import { VAT_REGIME_LABELS } from '@shared/partnership-types/common/vat-labels'
import {
  BILLING_FREQUENCY_LABELS,
  REMUNERATION_MODEL_LABELS
} from '@shared/partnership-types/economic-cooperation/economic-cooperation-labels'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../../components/form/CheckboxField'
import { MoneyField } from '../../../../components/form/MoneyField'
import { SelectField } from '../../../../components/form/SelectField'
import { TextAreaField } from '../../../../components/form/TextAreaField'
import { TextField } from '../../../../components/form/TextField'
import { EMPTY_AS_NULL } from '../select-options'

/** Coopération économique: the joint offer, what each party brings, how La Poste pays, and the Relais rules. */
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
        <TextAreaField<AgreementContent>
          name="terms.laPosteContribution"
          label="Apport de La Poste"
          required
        />
        <TextAreaField<AgreementContent>
          name="terms.partnerContribution"
          label="Apport du partenaire"
          required
        />
      </div>
      <div className="field-row">
        <TextField<AgreementContent> name="terms.territory" label="Territoire desservi" required />
        <TextField<AgreementContent>
          name="terms.openingHours"
          label="Horaires d’ouverture au public"
          required
        />
      </div>
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.remunerationModel"
          label="Modèle de rémunération"
          required
          emptyLabel="Choisir…"
          options={labelOptions(REMUNERATION_MODEL_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        <MoneyField<AgreementContent>
          name="terms.remunerationAmountCents"
          label="Montant de la rémunération HT"
          required
        />
        <SelectField<AgreementContent>
          name="terms.billingFrequency"
          label="Facturation"
          required
          emptyLabel="Choisir…"
          options={labelOptions(BILLING_FREQUENCY_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        <SelectField<AgreementContent>
          name="terms.vatRegime"
          label="TVA"
          options={labelOptions(VAT_REGIME_LABELS)}
        />
      </div>
      <MoneyField<AgreementContent>
        name="terms.cashLimitCents"
        label="Plafond d’encaisse"
        hint="Laissez vide pour appliquer le plafond des procédures de La Poste."
      />
      <CheckboxField<AgreementContent>
        name="terms.bankingMandate"
        label="La Banque Postale a confié son propre mandat au partenaire"
        hint="Sans ce mandat distinct, la convention n’autorise aucun service bancaire."
      />
      <CheckboxField<AgreementContent> name="terms.exclusivity" label="Exclusivité sur ce territoire" />
    </>
  )
}
