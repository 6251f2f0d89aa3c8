import { useFormContext, useWatch } from 'react-hook-form'
import { labelOptions } from '@shared/partnership-types/common/labels'
import {
  DATA_COLLECTOR_LABELS,
  DATA_ROLE_LABELS,
  LA_POSTE_FUNDING_LABELS,
  OWNERSHIP_LABELS
} from '@shared/partnership-types/social-innovation/social-innovation-labels'
import type { AgreementContent } from '@shared/schemas/agreement.schema'
import { MoneyField } from '../../../../components/form/MoneyField'
import { NumberField } from '../../../../components/form/NumberField'
import { RowListFieldset } from '../../../../components/form/RowListFieldset'
import { SelectField } from '../../../../components/form/SelectField'
import { StringListField } from '../../../../components/form/StringListField'
import { TextAreaField } from '../../../../components/form/TextAreaField'
import { TextField } from '../../../../components/form/TextField'
import { EMPTY_AS_NULL } from '../select-options'

/** Innovation sociale: the missing service, its experimentation and evaluation, the money and what is produced. */
export function SocialInnovationTermsFields() {
  const { control } = useFormContext<AgreementContent>()
  const funding = useWatch({ control, name: 'terms.laPosteFunding' }) as string | undefined
  return (
    <>
      <TextAreaField<AgreementContent> name="terms.missingService" label="Service manquant" required />
      <TextAreaField<AgreementContent> name="terms.targetPublic" label="Public visé" required rows={2} />
      <NumberField<AgreementContent>
        name="terms.experimentationMonths"
        label="Durée de l’expérimentation"
        unit="mois"
        min={0}
        required
        className="field--short"
      />
      <StringListField<AgreementContent>
        name="terms.experimentationSites"
        legend="Sites d’expérimentation"
        itemLabel="Site"
        addLabel="Ajouter un site"
      />
      <TextAreaField<AgreementContent>
        name="terms.premises"
        label="Locaux ou matériel prêtés par La Poste"
        hint="Quel site, à quelles conditions ; laissez vide s’il n’y en a pas."
        rows={2}
      />
      <TextAreaField<AgreementContent>
        name="terms.evaluationPlan"
        label="Plan d’évaluation"
        required
        hint="Ce qui sera mesuré, quand, par qui."
        rows={4}
      />
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.dataCollector"
          label="Collecte des données de l’évaluation"
          required
          emptyLabel="Choisir…"
          options={labelOptions(DATA_COLLECTOR_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        <SelectField<AgreementContent>
          name="terms.dataRole"
          label="Rôle des parties (RGPD)"
          required
          emptyLabel="Choisir…"
          options={labelOptions(DATA_ROLE_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
      </div>
      <div className="field-row">
        <SelectField<AgreementContent>
          name="terms.laPosteFunding"
          label="Financement de La Poste"
          options={labelOptions(LA_POSTE_FUNDING_LABELS)}
        />
        {funding !== undefined && funding !== 'none' ? (
          <MoneyField<AgreementContent>
            name="terms.laPosteFundingCents"
            label="Montant apporté par La Poste"
            required
          />
        ) : null}
      </div>
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
          required
          emptyLabel="Choisir…"
          options={labelOptions(OWNERSHIP_LABELS)}
          registerOptions={EMPTY_AS_NULL}
        />
        <TextField<AgreementContent>
          name="terms.licence"
          label="Licence de diffusion"
          hint="Par exemple : CC BY-SA 4.0."
        />
      </div>
      <TextAreaField<AgreementContent>
        name="terms.scaleUpConditions"
        label="Conditions d’essaimage"
        required
      />
    </>
  )
}
