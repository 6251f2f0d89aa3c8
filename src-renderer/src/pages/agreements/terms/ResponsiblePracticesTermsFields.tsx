import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../components/form/CheckboxField'
import { MoneyField } from '../../../components/form/MoneyField'
import { NumberField } from '../../../components/form/NumberField'
import { RowListFieldset } from '../../../components/form/RowListFieldset'
import { SelectField } from '../../../components/form/SelectField'
import { TextField } from '../../../components/form/TextField'
import { SUPPLIER_STATUS_LABELS, toOptions } from './term-labels'

/** Pratiques responsables: inclusive purchasing, possibly through a market reserved to ESAT, EA or SIAE. */
export function ResponsiblePracticesTermsFields() {
  return (
    <>
      <TextField<AgreementContent>
        name="terms.purchaseCategory"
        label="Catégorie d’achat"
        required
        hint="Par exemple : entretien des espaces verts."
      />
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.supplierStatus"
          label="Statut du fournisseur"
          required
          emptyLabel="Choisir…"
          options={toOptions(SUPPLIER_STATUS_LABELS)}
          registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
        />
        <MoneyField<AgreementContent> name="terms.yearlyAmountCents" label="Montant annuel" required />
        <NumberField<AgreementContent>
          name="terms.socialClauseHours"
          label="Heures de clause sociale"
          unit="h"
          min={0}
        />
      </div>
      <CheckboxField<AgreementContent>
        name="terms.reservedMarket"
        label="Marché réservé"
        hint="Un marché réservé exige un fournisseur ESAT, entreprise adaptée ou SIAE."
      />
      <RowListFieldset<AgreementContent>
        name="terms.lots"
        legend="Lots"
        rowLabel="Lot"
        addLabel="Ajouter un lot"
        newRow={() => ({ label: '', amountCents: null })}
        renderRow={(index) => (
          <>
            <TextField<AgreementContent> name={`terms.lots.${index}.label`} label="Intitulé du lot" />
            <MoneyField<AgreementContent>
              name={`terms.lots.${index}.amountCents`}
              label="Montant annuel du lot"
            />
          </>
        )}
      />
    </>
  )
}
