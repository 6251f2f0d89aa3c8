import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { MoneyField } from '../../../../components/form/MoneyField'
import { RowListFieldset } from '../../../../components/form/RowListFieldset'
import { TextField } from '../../../../components/form/TextField'

/** Lots of the purchase, whose yearly amounts add up to the yearly amount. */
export function LotsFields() {
  return (
    <RowListFieldset<AgreementContent>
      name="terms.lots"
      legend="Lots (leur total égale le montant annuel)"
      rowLabel="Lot"
      addLabel="Ajouter un lot"
      newRow={() => ({ label: '', amountCents: null })}
      renderRow={(index) => (
        <>
          <TextField<AgreementContent> name={`terms.lots.${index}.label`} label="Intitulé du lot" />
          <MoneyField<AgreementContent>
            name={`terms.lots.${index}.amountCents`}
            label="Montant annuel HT du lot"
          />
        </>
      )}
    />
  )
}
