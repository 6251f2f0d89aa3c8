import { useFormContext, useWatch } from 'react-hook-form'
import { suggestedCommitments } from '@shared/partnership-types/registry'
import type { AgreementContent, BenefitCode } from '@shared/schemas/agreement.schema'
import { useReference } from '../../../app/reference-context'
import { CheckboxGroupField } from '../../../components/form/CheckboxGroupField'
import { NumberField } from '../../../components/form/NumberField'
import { RowListFieldset } from '../../../components/form/RowListFieldset'
import { StringListField } from '../../../components/form/StringListField'
import { TextField } from '../../../components/form/TextField'

/** Step 5: what each party commits to, how it is measured, and what the partner gains. */
export function CommitmentsStep() {
  const { benefits, actionDomains, engagements } = useReference()
  const { control, setValue, setFocus } = useFormContext<AgreementContent>()
  const type = useWatch({ control, name: 'type' })
  const indicators = useWatch({ control, name: 'indicators' })
  const terms = useWatch({ control, name: 'terms' })
  const suggestions = type ? suggestedCommitments(type, terms) : undefined
  const engagementLabel = (code: string) =>
    engagements.find((engagement) => engagement.code === code)?.label ?? ''

  return (
    <>
      <StringListField<AgreementContent>
        name="laPosteCommitments"
        legend="Engagements de La Poste"
        itemLabel="Engagement de La Poste"
        addLabel="Ajouter un engagement de La Poste"
        suggestions={suggestions?.laPoste ?? []}
      />
      <StringListField<AgreementContent>
        name="partnerCommitments"
        legend="Engagements du partenaire"
        itemLabel="Engagement du partenaire"
        addLabel="Ajouter un engagement du partenaire"
        suggestions={suggestions?.partner ?? []}
      />
      {indicators.length === 0 && suggestions ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            setValue(
              'indicators',
              suggestions.indicators.map((indicator) => ({ ...indicator })),
              { shouldDirty: true }
            )
            // The button goes away: the cursor moves into the first indicator, never to the page body.
            setTimeout(() => setFocus('indicators.0.label'))
          }}
        >
          Partir des indicateurs suggérés pour ce type
        </button>
      ) : null}
      <RowListFieldset<AgreementContent>
        name="indicators"
        legend="Indicateurs et cibles"
        rowLabel="Indicateur"
        addLabel="Ajouter un indicateur"
        newRow={() => ({ label: '', target: null, unit: '' })}
        renderRow={(index) => (
          <>
            <TextField<AgreementContent> name={`indicators.${index}.label`} label="Indicateur" />
            <NumberField<AgreementContent>
              name={`indicators.${index}.target`}
              label="Cible"
              min={0}
              step={0.01}
              className="field--short"
            />
            <TextField<AgreementContent>
              name={`indicators.${index}.unit`}
              label="Unité"
              className="field--short"
            />
          </>
        )}
      />
      <CheckboxGroupField<AgreementContent, BenefitCode>
        name="benefitCodes"
        legend="Bénéfices pour le partenaire"
        choices={benefits.map((benefit) => ({ value: benefit.code as BenefitCode, label: benefit.label }))}
      />
      <CheckboxGroupField<AgreementContent, number>
        name="domainIds"
        legend="Domaines d’actions"
        hint="Chaque domaine relève d’un engagement de La Poste."
        choices={actionDomains
          .filter((domain) => !domain.archived)
          .map((domain) => ({
            value: domain.id,
            label: `${domain.label} — ${engagementLabel(domain.engagement)}`
          }))}
      />
    </>
  )
}
