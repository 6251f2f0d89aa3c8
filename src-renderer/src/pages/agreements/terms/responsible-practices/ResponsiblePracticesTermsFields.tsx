import { useFormContext, useWatch } from 'react-hook-form'
import { labelOptions } from '@shared/partnership-types/common/labels'
import { VAT_REGIME_LABELS } from '@shared/partnership-types/common/vat-labels'
import {
  QUANTITY_COMMITMENT_LABELS,
  SUPPLIER_STATUS_LABELS,
  SUPPLIER_STATUS_PROOF_HINTS
} from '@shared/partnership-types/responsible-practices/responsible-practices-labels'
import { supplierStatusesOf } from '@shared/partnership-types/responsible-practices/supplier-status'
import type { ResponsiblePracticesTerms } from '@shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { CheckboxField } from '../../../../components/form/CheckboxField'
import { MoneyField } from '../../../../components/form/MoneyField'
import { NumberField } from '../../../../components/form/NumberField'
import { SelectField } from '../../../../components/form/SelectField'
import { TextField } from '../../../../components/form/TextField'
import { useWizard } from '../../wizard/wizard-context'
import { EMPTY_AS_NULL } from '../select-options'
import { LotsFields } from './LotsFields'

/** Pratiques responsables: inclusive purchasing, from a supplier whose status its record proves. */
export function ResponsiblePracticesTermsFields() {
  const { partner } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const terms = useWatch({ control, name: 'terms' }) as ResponsiblePracticesTerms
  const allowed = partner ? supplierStatusesOf(partner.statuses) : null
  const status = terms.supplierStatus
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
          hint={
            allowed
              ? `D’après la fiche du partenaire : ${allowed.map((code) => SUPPLIER_STATUS_LABELS[code].label).join(' ou ')}.`
              : undefined
          }
          options={labelOptions(SUPPLIER_STATUS_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        {status !== null && status !== 'other' ? (
          <TextField<AgreementContent>
            name="terms.supplierStatusProof"
            label="Justificatif du statut"
            required
            hint={SUPPLIER_STATUS_PROOF_HINTS[status]}
          />
        ) : null}
      </div>
      <CheckboxField<AgreementContent>
        name="terms.reservedMarket"
        label="Marché réservé"
        hint="Réservé aux ESAT et entreprises adaptées (art. L. 2113-12 du code de la commande publique) ou aux SIAE (art. L. 2113-13)."
      />
      <div className="field-row">
        <MoneyField<AgreementContent> name="terms.yearlyAmountCents" label="Montant annuel HT" required />
        <SelectField<AgreementContent>
          name="terms.quantities"
          label="Engagement de volume"
          options={labelOptions(QUANTITY_COMMITMENT_LABELS)}
        />
        <SelectField<AgreementContent>
          name="terms.vatRegime"
          label="TVA"
          options={labelOptions(VAT_REGIME_LABELS)}
        />
      </div>
      <div className="field-row">
        <NumberField<AgreementContent>
          name="terms.paymentTermDays"
          label="Délai de paiement"
          unit="jours"
          min={0}
          max={60}
          required
          hint="60 jours au plus après la date de la facture."
        />
        <NumberField<AgreementContent>
          name="terms.socialClauseHours"
          label="Heures de clause sociale"
          unit="h"
          min={0}
        />
      </div>
      <LotsFields />
    </>
  )
}
