import { labelOptions } from '@shared/partnership-types/common/labels'
import { IN_KIND_VALUATION_LABELS } from '@shared/partnership-types/patronage/patronage-labels'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../../components/form/CheckboxField'
import { MoneyField } from '../../../../components/form/MoneyField'
import { SelectField } from '../../../../components/form/SelectField'
import { TextAreaField } from '../../../../components/form/TextAreaField'
import { TextField } from '../../../../components/form/TextField'
import { EMPTY_AS_NULL } from '../select-options'

/** Goods given: what, valued how (never at market price), delivered when and where. */
export function InKindFields() {
  return (
    <fieldset className="form-section">
      <legend>Don en nature</legend>
      <TextAreaField<AgreementContent>
        name="terms.inKind.goods"
        label="Biens donnés"
        required
        rows={3}
        hint="Nature, quantité, état."
      />
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.inKind.valuationMethod"
          label="Méthode de valorisation"
          required
          emptyLabel="Choisir…"
          options={labelOptions(IN_KIND_VALUATION_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        <MoneyField<AgreementContent>
          name="terms.amountCents"
          label="Valorisation du don en nature"
          required
        />
      </div>
      <div className="field-row">
        <TextField<AgreementContent>
          name="terms.inKind.deliveryDate"
          label="Date de livraison"
          type="date"
          required
          options={EMPTY_AS_NULL}
        />
        <TextField<AgreementContent> name="terms.inKind.deliveryPlace" label="Lieu de livraison" required />
      </div>
      <CheckboxField<AgreementContent>
        name="terms.inKind.itEquipment"
        label="Matériel informatique ou téléphonique"
        hint="La convention prévoit alors l’effacement sécurisé des données avant la livraison."
      />
    </fieldset>
  )
}
