import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { MoneyField } from '../../../../components/form/MoneyField'
import { RowListFieldset } from '../../../../components/form/RowListFieldset'
import { TextField } from '../../../../components/form/TextField'
import { EMPTY_AS_NULL } from '../select-options'

/** The instalments of a financial gift: each dated inside the term, together equal to the gift. */
export function PaymentScheduleFields() {
  return (
    <RowListFieldset<AgreementContent>
      name="terms.paymentSchedule"
      legend="Échéancier des versements"
      rowLabel="Versement"
      addLabel="Ajouter un versement"
      emptyText="Ajoutez au moins un versement : sa date et son montant."
      newRow={() => ({ date: null, amountCents: null })}
      renderRow={(index) => (
        <>
          <TextField<AgreementContent>
            name={`terms.paymentSchedule.${index}.date`}
            label="Date"
            type="date"
            options={EMPTY_AS_NULL}
          />
          <MoneyField<AgreementContent> name={`terms.paymentSchedule.${index}.amountCents`} label="Montant" />
        </>
      )}
    />
  )
}
