import { useFormContext, useWatch } from 'react-hook-form'
import { labelOptions } from '@shared/partnership-types/common/labels'
import { patronageEligibility } from '@shared/partnership-types/patronage/patronage-eligibility'
import { PATRONAGE_NATURE_LABELS } from '@shared/partnership-types/patronage/patronage-labels'
import {
  counterpartsExceedLimit,
  counterpartsTotalCents,
  giftValueCents
} from '@shared/partnership-types/patronage/patronage-valuation'
import type { PatronageTerms } from '@shared/schemas/agreement-terms.schema'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { Alert } from '../../../../components/Alert'
import { CheckboxField } from '../../../../components/form/CheckboxField'
import { MoneyField } from '../../../../components/form/MoneyField'
import { RowListFieldset } from '../../../../components/form/RowListFieldset'
import { SelectField } from '../../../../components/form/SelectField'
import { TextField } from '../../../../components/form/TextField'
import { formatEuros } from '../../../../format'
import { useWizard } from '../../wizard/wizard-context'
import { EMPTY_AS_NULL } from '../select-options'
import { InKindFields } from './InKindFields'
import { PaymentScheduleFields } from './PaymentScheduleFields'
import { SkillsFields } from './SkillsFields'

/** Mécénat: the gift by nature, its valuation, the payments and the counterparts, with the rules that apply. */
export function PatronageTermsFields() {
  const { partner } = useWizard()
  const { control } = useFormContext<AgreementContent>()
  const terms = useWatch({ control, name: 'terms' }) as PatronageTerms
  const eligibility = partner ? patronageEligibility(partner) : null
  return (
    <>
      {eligibility && !eligibility.eligible ? <Alert tone="error">{eligibility.reason}</Alert> : null}
      <SelectField<AgreementContent>
        name="terms.nature"
        label="Nature du mécénat"
        required
        emptyLabel="Choisir…"
        options={labelOptions(PATRONAGE_NATURE_LABELS)}
        registerOptions={EMPTY_AS_NULL}
      />
      {terms.nature === 'skills' ? <SkillsFields skills={terms.skills} /> : null}
      {terms.nature === 'financial' ? (
        <MoneyField<AgreementContent> name="terms.amountCents" label="Montant du don" required />
      ) : null}
      {/* Instalments left from a financial gift stay in sight, so that they can be removed. */}
      {terms.nature === 'financial' || terms.paymentSchedule.length > 0 ? <PaymentScheduleFields /> : null}
      {terms.nature === 'in-kind' ? <InKindFields /> : null}
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
          ({formatEuros(giftValueCents(terms))}) : ce serait du parrainage, pas du mécénat. Réduisez-les, ou
          choisissez un partenariat payé (coopération économique).
        </Alert>
      ) : null}
      <CheckboxField<AgreementContent>
        name="terms.taxReceiptRequested"
        label="La Poste demande un reçu (Cerfa n° 16216)"
        hint="Le partenaire le délivre après avoir reçu le don."
      />
    </>
  )
}
