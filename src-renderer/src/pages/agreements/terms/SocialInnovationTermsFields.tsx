import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { MoneyField } from '../../../components/form/MoneyField'
import { NumberField } from '../../../components/form/NumberField'
import { RowListFieldset } from '../../../components/form/RowListFieldset'
import { SelectField } from '../../../components/form/SelectField'
import { StringListField } from '../../../components/form/StringListField'
import { TextAreaField } from '../../../components/form/TextAreaField'
import { TextField } from '../../../components/form/TextField'
import { OWNERSHIP_LABELS, toOptions } from './term-labels'

/** Innovation sociale: the missing service, its experimentation, its evaluation and what happens next. */
export function SocialInnovationTermsFields() {
  return (
    <>
      <TextAreaField<AgreementContent> name="terms.missingService" label="Service manquant" required />
      <TextAreaField<AgreementContent> name="terms.targetPublic" label="Public visé" rows={2} />
      <NumberField<AgreementContent>
        name="terms.experimentationMonths"
        label="Durée de l’expérimentation"
        unit="mois"
        min={0}
        className="field--short"
      />
      <StringListField<AgreementContent>
        name="terms.experimentationSites"
        legend="Sites d’expérimentation"
        itemLabel="Site"
        addLabel="Ajouter un site"
      />
      <TextAreaField<AgreementContent>
        name="terms.evaluationPlan"
        label="Plan d’évaluation"
        required
        hint="Obligatoire : ce qui sera mesuré, quand, par qui."
        rows={4}
      />
      <RowListFieldset<AgreementContent>
        name="terms.coFinancing"
        legend="Cofinancements"
        rowLabel="Cofinancement"
        addLabel="Ajouter un cofinanceur"
        newRow={() => ({ funder: '', amountCents: null })}
        renderRow={(index) => (
          <>
            <TextField<AgreementContent> name={`terms.coFinancing.${index}.funder`} label="Cofinanceur" />
            <MoneyField<AgreementContent> name={`terms.coFinancing.${index}.amountCents`} label="Montant" />
          </>
        )}
      />
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.ownership"
          label="Propriété de ce qui est produit"
          emptyLabel="Choisir…"
          options={toOptions(OWNERSHIP_LABELS)}
          registerOptions={{ setValueAs: (value: string) => (value === '' ? null : value) }}
        />
        <TextField<AgreementContent>
          name="terms.licence"
          label="Licence"
          hint="Par exemple : CC BY-SA 4.0."
        />
      </div>
      <TextAreaField<AgreementContent> name="terms.scaleUpConditions" label="Conditions d’essaimage" />
    </>
  )
}
